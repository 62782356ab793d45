package io.xingzhi.generator;

import java.util.List;

/** The fixed vocabulary of the generator: places, courts, agencies, names, venues, business scopes. */
final class Catalog {
    private Catalog() {
    }

    /** Liaoning area codes for identity numbers (Shenyang, Dalian, Anshan, Fushun, Benxi, Dandong, Jinzhou). */
    static final List<String> AREAS = List.of(
            "210602", "210603", "210604", "210624", "210681", "210682",
            "210102", "210103", "210104", "210105", "210106", "210112",
            "210202", "210203", "210211", "210302", "210303", "210402", "210502", "210702", "210802");

    /** Court code (as in a case number) and court name. */
    record Court(String code, String name) {
    }

    static final List<Court> COURTS = List.of(
            new Court("辽0602", "丹东市元宝区人民法院"),
            new Court("辽0603", "丹东市振兴区人民法院"),
            new Court("辽0604", "丹东市振安区人民法院"),
            new Court("辽0624", "宽甸满族自治县人民法院"),
            new Court("辽0681", "东港市人民法院"),
            new Court("辽0682", "凤城市人民法院"),
            new Court("辽0102", "沈阳市和平区人民法院"),
            new Court("辽0103", "沈阳市沈河区人民法院"),
            new Court("辽0211", "大连市甘井子区人民法院"));

    /** The intermediate courts that rule on commutation and parole (减刑、假释) for the courts above, by code prefix. */
    static final List<Court> INTERMEDIATE_COURTS = List.of(
            new Court("辽06", "辽宁省丹东市中级人民法院"),
            new Court("辽01", "辽宁省沈阳市中级人民法院"),
            new Court("辽02", "辽宁省大连市中级人民法院"));

    /** The intermediate court over a basic court (its code's first three characters). */
    static Court intermediateCourt(Court court) {
        for (Court c : INTERMEDIATE_COURTS) {
            if (court.code().startsWith(c.code())) {
                return c;
            }
        }
        throw new IllegalArgumentException("no intermediate court for " + court);
    }

    static final List<String> DETENTION_CENTERS = List.of("凤城市看守所", "丹东市看守所", "东港市看守所", "宽甸满族自治县看守所");
    static final List<String> PRISONS = List.of("辽宁省凌源第一监狱", "辽宁省丹东监狱", "辽宁省沈阳第一监狱", "辽宁省大连监狱", "辽宁省女子监狱");
    static final List<String> POLICE_STATIONS = List.of("草河派出所", "宝山派出所", "凤山派出所", "大堡派出所", "兴东派出所", "临江派出所");
    static final List<String> OFFICES = List.of("草河司法所", "宝山司法所", "凤山司法所", "大堡司法所", "兴东司法所");
    static final List<String> OFFENCES = List.of("盗窃罪", "诈骗罪", "故意伤害罪", "危险驾驶罪", "寻衅滋事罪", "开设赌场罪", "非法采矿罪", "污染环境罪");

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华飞鹏辉健俊帆宇浩凯欣晨阳新海波宁琳玉萍红梅春雪梦雨东林志国建文博亮成龙峰斌";

    /** Names of minority persons, written with the middle dot. */
    static final List<String> MINORITY = List.of("古丽娜尔·吐尔逊", "买买提·艾力", "阿依古丽·买买提", "艾尔肯·吐尔洪", "热依汗古丽·艾买提", "努尔兰·巴合提");

    /** Simplified → traditional for a few common name characters (張三 = 张三 must be accepted). */
    static final String SIMPLIFIED = "张刘陈杨黄赵吴郑韩冯邓许孙马叶苏吕钟谭陆卢龙贺龚钱严伟丽强军艳杰涛明华飞鹏辉健俊帆凯欣阳新海宁东国建亮龙峰斌兰红梅";
    static final String TRADITIONAL = "張劉陳楊黃趙吳鄭韓馮鄧許孫馬葉蘇呂鍾譚陸盧龍賀龔錢嚴偉麗強軍艷傑濤明華飛鵬輝健俊帆凱欣陽新海寧東國建亮龍峰斌蘭紅梅";

    /**
     * One kind of dated event in the activities dataset.
     *
     * @param group the LAW.md §3 keyword group it matches, or "" for neutral events
     */
    record Venue(String category, String venueType, String venueName, String description, String agency, String group) {
        boolean neutral() {
            return group.isEmpty();
        }
    }

    static final List<Venue> VENUES = List.of(
            new Venue("场所出入", "超市", "大润发超市", "", "公安局", ""),
            new Venue("场所出入", "超市", "沃尔玛购物广场", "", "公安局", ""),
            new Venue("住宿登记", "宾馆", "如家酒店", "", "公安局", ""),
            new Venue("住宿登记", "宾馆", "汉庭酒店", "", "公安局", ""),
            new Venue("住宿登记", "宾馆", "格林豪泰酒店", "", "公安局", ""),
            new Venue("场所出入", "医院", "凤城市中心医院", "", "公安局", ""),
            new Venue("场所出入", "银行", "中国工商银行凤城支行", "", "公安局", ""),
            new Venue("场所出入", "加油站", "中石油凤凰山加油站", "", "公安局", ""),
            new Venue("场所出入", "火车站", "丹东站", "", "铁路公安处", ""),
            new Venue("场所出入", "体育馆", "丹东市体育中心", "", "公安局", ""),
            new Venue("行政处罚", "", "凤城市交警大队", "驾驶机动车违反道路交通信号灯通行", "公安局", ""),
            new Venue("行政处罚", "", "丹东市交警支队", "机动车违反规定停放,处罚款二百元", "公安局", ""),
            new Venue("行政处罚", "", "凤城市公安局", "在公共场所吸烟不听劝阻,予以警告", "公安局", ""),
            new Venue("场所出入", "网吧", "星际网吧", "", "公安局", "娱乐场所"),
            new Venue("场所出入", "网吧", "网鱼网咖", "", "公安局", "娱乐场所"),
            new Venue("场所出入", "酒吧", "蓝调酒吧", "", "公安局", "娱乐场所"),
            new Venue("场所出入", "KTV", "麦乐迪KTV", "", "公安局", "娱乐场所"),
            new Venue("场所出入", "夜总会", "金碧辉煌夜总会", "", "公安局", "娱乐场所"),
            new Venue("场所出入", "歌舞厅", "红磨坊歌舞厅", "", "公安局", "娱乐场所"),
            new Venue("场所出入", "小学", "凤城市第一小学", "", "公安局", "学校"),
            new Venue("场所出入", "中学", "凤城市第二中学", "", "公安局", "学校"),
            new Venue("场所出入", "幼儿园", "阳光幼儿园", "", "公安局", "学校"),
            new Venue("行政处罚", "", "凤城市水务局", "未经许可在草河河道非法采砂,责令停止违法行为并处罚款", "水务局", "采砂"),
            new Venue("行政处罚", "", "丹东市生态环境局凤城分局", "超标排放水污染物,处罚款并责令改正", "生态环境局", "排污"),
            new Venue("行政处罚", "", "凤城市市场监督管理局", "销售超过保质期的食品,没收违法所得并处罚款", "市场监督管理局", "食品"));

    /** The order texts of LAW.md §3 groups (娱乐场所, 学校, 食品, 采砂, 排污, 设立公司). */
    static final List<String> ORDER_GROUPS = List.of("娱乐场所", "学校", "食品", "采砂", "排污", "设立公司");

    static String orderText(String group) {
        return switch (group) {
            case "娱乐场所" -> "禁止进入夜总会、酒吧、迪厅、网吧等娱乐场所";
            case "学校" -> "禁止进入中小学校区、幼儿园园区";
            case "食品" -> "禁止从事食品生产、销售及相关经营活动";
            case "采砂" -> "禁止从事河道采砂活动";
            case "排污" -> "禁止从事排放污染物的生产经营活动";
            case "设立公司" -> "禁止设立公司、企业、事业单位";
            default -> throw new IllegalArgumentException(group);
        };
    }

    /** The order as a clause of the sentence text, for the whole probation (缓刑考验期内). */
    static String orderClause(String group) {
        return switch (group) {
            case "娱乐场所" -> "禁止被告人在缓刑考验期内进入夜总会、酒吧、网吧等娱乐场所";
            case "学校" -> "禁止被告人在缓刑考验期内进入中小学校区、幼儿园园区";
            case "食品" -> "禁止被告人在缓刑考验期内从事食品生产、销售及相关经营活动";
            case "采砂" -> "禁止被告人在缓刑考验期内从事河道采砂活动";
            case "排污" -> "禁止被告人在缓刑考验期内从事排放污染物的生产经营活动";
            case "设立公司" -> "禁止被告人在缓刑考验期内设立公司、企业、事业单位";
            default -> throw new IllegalArgumentException(group);
        };
    }

    /** Business scopes; the group says which LAW.md §3 keyword group a scope matches ("" = none). */
    record Scope(String text, String group) {
    }

    static final List<Scope> SCOPES = List.of(
            new Scope("建材销售;五金交电", ""),
            new Scope("农产品种植;农业技术推广", ""),
            new Scope("软件开发;信息技术咨询服务", ""),
            new Scope("道路货物运输;仓储服务", ""),
            new Scope("服装鞋帽批发零售", ""),
            new Scope("机械设备租赁;建筑工程施工", ""),
            new Scope("食品销售;预包装食品零售;餐饮服务", "食品"),
            new Scope("餐饮服务;酒类经营", "食品"),
            new Scope("河砂开采;砂石料销售", "采砂"),
            new Scope("污水处理;排污设施运营", "排污"));

    static final String ENTERPRISE_PLACES = "凤城市丹东市东港市宽甸县";
    static final List<String> ENTERPRISE_WORDS = List.of("鑫源", "宏达", "瑞丰", "金谷", "长青", "兴隆", "恒通", "华盛", "天诚", "永顺", "盛世", "佳禾");
    static final List<String> ENTERPRISE_TRADES = List.of("商贸", "建材", "科技", "农业", "物流", "食品", "机械", "服饰");
    static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The GB 32100 check character of a unified social credit code's first 17 characters. */
    static char creditCheck(CharSequence body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(body17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }
}
