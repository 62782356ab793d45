package io.xingzhi.generator;

/** Chinese numerals as courts write them: terms (三年六个月) and amounts (五万, 壹万伍仟). */
final class ChineseText {
    private static final String LOWER = "零一二三四五六七八九";
    private static final String UPPER = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] LOWER_UNITS = {"", "十", "百", "千"};
    private static final String[] UPPER_UNITS = {"", "拾", "佰", "仟"};

    private ChineseText() {
    }

    /** An amount in lower-case numerals: 3000 → 三千, 15000 → 一万五千, 120000 → 十二万. */
    static String lower(long n) {
        return numeral(n, false);
    }

    /** An amount in capital numerals: 3000 → 叁仟, 15000 → 壹万伍仟, 100000 → 壹拾万. */
    static String capital(long n) {
        return numeral(n, true);
    }

    /** A small count (1-99) in lower-case numerals, as in 十一个月, 二年. */
    static String small(int n) {
        return numeral(n, false);
    }

    /** A term in words: 42 → 三年六个月, 12 → 一年, 10 → 十个月. */
    static String months(int months) {
        int y = months / 12;
        int m = months % 12;
        StringBuilder b = new StringBuilder();
        if (y > 0) {
            b.append(small(y)).append('年');
        }
        if (m > 0) {
            b.append(small(m)).append("个月");
        }
        return b.toString();
    }

    /** A term with 零 between years and months: 14 → 一年零二个月 (months below ten only). */
    static String monthsWithZero(int months) {
        int y = months / 12;
        int m = months % 12;
        if (y == 0 || m == 0 || m >= 10) {
            return months(months);
        }
        return small(y) + "年零" + small(m) + "个月";
    }

    /** A term in Arabic numerals: 42 → 3年6个月, 12 → 1年, 10 → 10个月. */
    static String monthsArabic(int months) {
        int y = months / 12;
        int m = months % 12;
        StringBuilder b = new StringBuilder();
        if (y > 0) {
            b.append(y).append('年');
        }
        if (m > 0) {
            b.append(m).append("个月");
        }
        return b.toString();
    }

    private static String numeral(long n, boolean capital) {
        if (n <= 0 || n >= 100_000_000L) {
            throw new IllegalArgumentException("amount out of range: " + n);
        }
        int high = (int) (n / 10_000);
        int low = (int) (n % 10_000);
        StringBuilder b = new StringBuilder();
        if (high > 0) {
            group(b, high, capital, true);
            b.append('万');
            if (low > 0 && low < 1000) {
                b.append('零');
            }
        }
        if (low > 0) {
            group(b, low, capital, high == 0);
        }
        return b.toString();
    }

    /** Appends 1..9999; a leading 十 of 10-19 is written without 一 in lower case. */
    private static void group(StringBuilder b, int x, boolean capital, boolean leading) {
        String digits = capital ? UPPER : LOWER;
        String[] units = capital ? UPPER_UNITS : LOWER_UNITS;
        int[] d = {x / 1000, x / 100 % 10, x / 10 % 10, x % 10};
        boolean started = false;
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int v = d[i];
            int unit = 3 - i;
            if (v == 0) {
                if (started) {
                    zero = true;
                }
                continue;
            }
            if (zero) {
                b.append('零');
                zero = false;
            }
            boolean shortTen = !capital && leading && !started && unit == 1 && v == 1;
            if (!shortTen) {
                b.append(digits.charAt(v));
            }
            b.append(units[unit]);
            started = true;
        }
    }
}
