package io.xingzhi.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Writes one value in one of the forms CONTRACT.md §2 says every reader must accept (dates with
 * slashes, dots, Chinese or no separators and a trailing time; legacy 15-digit, full-width, spaced
 * or lower-case-x identity numbers; names with inner spaces, traditional characters or another
 * middle dot; amounts like 5万, 50,000元, ￥50000, 人民币伍万元; terms like 三年六个月; case numbers
 * with other brackets). Nothing here is ambiguous: each form reads back to exactly one value.
 */
final class Mess {
    private static final String DOTS = "·•・.．";
    private final boolean clean;
    private SplittableRandom r;

    /** Values in their messy forms. */
    Mess() {
        this(false);
    }

    /**
     * Values in their messy forms, or - when {@code clean} - each in its one canonical form, as a
     * database export writes it: ISO dates ({@code 2024-03-05}, with {@code 14:30:00} for date-times),
     * the normalised 18-digit identity number, the name as registered, plain integer amounts and months,
     * case numbers with ASCII brackets. The random stream is then not read.
     */
    Mess(boolean clean) {
        this.clean = clean;
    }

    void use(SplittableRandom rng) {
        this.r = rng;
    }

    String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        if (clean) {
            StringBuilder b = new StringBuilder(10);
            iso(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            return b.toString();
        }
        int x = r.nextInt(100);
        StringBuilder b = new StringBuilder(20);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (x < 62) {
            iso(b, y, m, day);
        } else if (x < 72) {
            b.append(y).append('/').append(m).append('/').append(day);
        } else if (x < 78) {
            b.append(y).append('.').append(m).append('.').append(day);
        } else if (x < 86) {
            b.append(y);
            two(b, m);
            two(b, day);
        } else if (x < 94) {
            b.append(y).append('年').append(m).append('月').append(day).append('日');
        } else {
            iso(b, y, m, day);
            time(b, 8 + r.nextInt(12), r.nextInt(60), r.nextInt(60));
        }
        return b.toString();
    }

    String dateTime(LocalDateTime t) {
        StringBuilder b = new StringBuilder(24);
        int y = t.getYear();
        int m = t.getMonthValue();
        int day = t.getDayOfMonth();
        if (clean) {
            iso(b, y, m, day);
            time(b, t.getHour(), t.getMinute(), t.getSecond());
            return b.toString();
        }
        int x = r.nextInt(100);
        if (x < 55) {
            iso(b, y, m, day);
        } else if (x < 65) {
            b.append(y).append('/').append(m).append('/').append(day);
        } else if (x < 70) {
            b.append(y).append('.').append(m).append('.').append(day);
        } else if (x < 78) {
            b.append(y);
            two(b, m);
            two(b, day);
        } else if (x < 85) {
            b.append(y).append('年').append(m).append('月').append(day).append('日');
        } else {
            iso(b, y, m, day);
            return b.toString();
        }
        time(b, t.getHour(), t.getMinute(), t.getSecond());
        return b.toString();
    }

    /** An identity number as agencies write it; the 18-digit value stays recoverable. */
    String id(String id18) {
        if (clean) {
            return id18;
        }
        int x = r.nextInt(100);
        if (x < 78) {
            return id18;
        }
        if (x < 82) {
            return id18.endsWith("X") ? id18.substring(0, 17) + "x" : id18;
        }
        if (x < 88) {
            return id18.startsWith("19", 6) ? IdNumbers.legacy15(id18) : id18;
        }
        if (x < 92) {
            StringBuilder b = new StringBuilder(18);
            for (int i = 0; i < id18.length(); i++) {
                char c = id18.charAt(i);
                b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
            }
            return b.toString();
        }
        if (x < 95) {
            return id18.substring(0, 6) + " " + id18.substring(6, 14) + " " + id18.substring(14);
        }
        if (x < 98) {
            return " " + id18 + " ";
        }
        return id18.substring(0, 6) + "-" + id18.substring(6, 14) + "-" + id18.substring(14);
    }

    /** A name as agencies write it: inner spaces, traditional characters, another middle dot. */
    String name(String name) {
        if (clean) {
            return name;
        }
        int x = r.nextInt(100);
        if (name.indexOf('·') >= 0 && x < 40) {
            return name.replace('·', DOTS.charAt(r.nextInt(DOTS.length())));
        }
        if (x < 88 || name.length() < 2) {
            return name;
        }
        if (x < 92) {
            return name.charAt(0) + "　" + name.substring(1);
        }
        if (x < 94) {
            return name.charAt(0) + " " + name.substring(1);
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int k = Catalog.SIMPLIFIED.indexOf(c);
            b.append(k >= 0 ? Catalog.TRADITIONAL.charAt(k) : c);
        }
        return b.toString();
    }

    /** An amount of yuan. */
    String amount(long yuan) {
        if (clean) {
            return Long.toString(yuan);
        }
        if (yuan == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> "0元";
                case 1 -> "0.00";
                default -> "0";
            };
        }
        int x = r.nextInt(100);
        boolean wan = yuan % 10_000 == 0;
        if (x < 30) {
            return Long.toString(yuan);
        } else if (x < 40) {
            return grouped(yuan);
        } else if (x < 50) {
            return yuan + ".00";
        } else if (x < 60 && wan) {
            return yuan / 10_000 + "万";
        } else if (x < 68 && wan) {
            return yuan / 10_000 + "万元";
        } else if (x < 78) {
            return "￥" + yuan;
        } else if (x < 86) {
            return "人民币" + ChineseText.capital(yuan) + "元";
        } else if (x < 92) {
            return "人民币" + ChineseText.lower(yuan) + "元";
        }
        return grouped(yuan) + "元";
    }

    /** A number of months: 42, 三年六个月, 3年6个月, 一年零二个月. */
    String months(int months) {
        if (clean) {
            return Integer.toString(months);
        }
        int x = r.nextInt(100);
        if (x < 55) {
            return Integer.toString(months);
        } else if (x < 75) {
            return ChineseText.months(months);
        } else if (x < 92) {
            return ChineseText.monthsArabic(months);
        }
        return ChineseText.monthsWithZero(months);
    }

    /** A deprivation of political rights: months, or 终身 for life. */
    String dpr(int months) {
        return months == Facts.LIFE ? "终身" : months(months);
    }

    /** A case number with its brackets as some agency writes them. */
    String caseNumber(String canonical) {
        if (canonical == null) {
            return "";
        }
        if (clean) {
            return canonical;
        }
        int x = r.nextInt(100);
        if (x < 82) {
            return canonical;
        }
        int close = canonical.indexOf(')');
        String year = canonical.substring(1, close);
        String rest = canonical.substring(close + 1);
        return switch (x % 5) {
            case 0 -> "（" + year + "）" + rest;
            case 1 -> "〔" + year + "〕" + rest;
            case 2 -> "[" + year + "]" + rest;
            case 3 -> "〔" + year + "]" + rest;
            default -> "(" + year + ") " + rest;
        };
    }

    private static String grouped(long yuan) {
        String s = Long.toString(yuan);
        StringBuilder b = new StringBuilder();
        int lead = s.length() % 3;
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                b.append(',');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static void iso(StringBuilder b, int y, int m, int d) {
        b.append(y).append('-');
        two(b, m);
        b.append('-');
        two(b, d);
    }

    private static void time(StringBuilder b, int h, int m, int s) {
        b.append(' ');
        two(b, h);
        b.append(':');
        two(b, m);
        b.append(':');
        two(b, s);
    }

    private static void two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }
}
