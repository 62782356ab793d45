-- Xingzhi's four models (LAW.md, twenty lead kinds) as DuckDB SQL over a `generate --clean` folder:
-- the analyst's alternative that bench/compare.sh measures the engine against. ${DATA} is the folder,
-- ${ASOF} the as-of date; the last statement lists the leads as (model, kind, id_number, case_number).
-- Parameters are LAW.md's defaults. Persons are linked by id_number (the clean export's numbers are
-- valid and the same in every file); enforcement cases by source_case_number first.

CREATE MACRO as_of() AS DATE '${ASOF}';
-- LAW.md's sentence rule: Y years and M months from S end the day before the anniversary; months from
-- a month's last day land on the target month's last day
CREATE MACRO term_end(s, m) AS CAST(CASE
    WHEN m % 12 = 0 THEN s + to_years(CAST(m // 12 AS INTEGER))
    WHEN s = last_day(s) THEN last_day(s + to_years(CAST(m // 12 AS INTEGER)) + to_months(CAST(m % 12 AS INTEGER)))
    ELSE s + to_years(CAST(m // 12 AS INTEGER)) + to_months(CAST(m % 12 AS INTEGER)) END AS DATE) - 1;
CREATE MACRO months_after(d, m) AS CAST(d + to_months(CAST(m AS INTEGER)) AS DATE);

CREATE TABLE j AS SELECT case_number, id_number, CAST(effective_date AS DATE) AS eff, principal_penalty AS pen,
        TRY_CAST(term_months AS INTEGER) AS term_m, CAST(term_start AS DATE) AS term_start,
        CAST(term_end AS DATE) AS term_end0, TRY_CAST(probation_months AS INTEGER) AS prob_m,
        dpr_months = '终身' AS dpr_life, TRY_CAST(dpr_months AS INTEGER) AS dpr_m,
        TRY_CAST(fine_amount AS DECIMAL(18, 2)) AS fine, confiscation_amount = '全部' AS conf_all,
        TRY_CAST(confiscation_amount AS DECIMAL(18, 2)) AS conf, TRY_CAST(prepaid_amount AS DECIMAL(18, 2)) AS prepaid,
        prohibition_order AS ord, TRY_CAST(prohibition_months AS INTEGER) AS ord_m,
        CAST(prohibition_start AS DATE) AS ord_start, CAST(prohibition_end AS DATE) AS ord_end
    FROM read_csv('${DATA}/judgments.csv', header = true, all_varchar = true)
    WHERE CAST(effective_date AS DATE) <= as_of();
ALTER TABLE j ADD COLUMN susp BOOLEAN;
UPDATE j SET susp = coalesce(prob_m, 0) > 0;
ALTER TABLE j ADD COLUMN term_end DATE;
UPDATE j SET term_end = CASE WHEN term_end0 IS NOT NULL THEN term_end0
    WHEN pen IN ('无期徒刑', '死刑缓期二年执行') OR coalesce(term_m, 0) = 0 THEN NULL
    ELSE term_end(coalesce(term_start, eff), term_m) END;

CREATE TABLE cu AS SELECT id_number, case_number, CAST(admitted_on AS DATE) AS adm,
        CAST(notice_received_on AS DATE) AS notice, CAST(left_on AS DATE) AS lft, leave_reason AS why
    FROM read_csv('${DATA}/custody.csv', header = true, all_varchar = true);
CREATE TABLE co AS SELECT id_number, case_number, CAST(start_on AS DATE) AS st, CAST(reported_on AS DATE) AS rep,
        prohibition_order AS ord
    FROM read_csv('${DATA}/corrections.csv', header = true, all_varchar = true);
CREATE TABLE rs AS SELECT id_number, CAST(released_on AS DATE) AS rel
    FROM read_csv('${DATA}/resettlement.csv', header = true, all_varchar = true);
CREATE TABLE ds AS SELECT id_number, CAST(start_on AS DATE) AS st, CAST(end_on AS DATE) AS en
    FROM read_csv('${DATA}/dpr_supervision.csv', header = true, all_varchar = true)
    WHERE CAST(start_on AS DATE) <= as_of();
CREATE TABLE en AS SELECT id_number, source_case_number AS src, CAST(transferred_on AS DATE) AS tr,
        CAST(filed_on AS DATE) AS filed, TRY_CAST(target_amount AS DECIMAL(18, 2)) AS target,
        target_amount = '全部' AS target_all, TRY_CAST(executed_amount AS DECIMAL(18, 2)) AS executed,
        CAST(closed_on AS DATE) AS closed, closure
    FROM read_csv('${DATA}/enforcement.csv', header = true, all_varchar = true);
CREATE TABLE cm AS SELECT id_number, case_number, CAST(ruling_date AS DATE) AS ruled
    FROM read_csv('${DATA}/commutations.csv', header = true, all_varchar = true);
CREATE TABLE br AS SELECT id_number, enterprise, role, business_scope AS scope, CAST(role_start AS DATE) AS rs,
        CAST(role_end AS DATE) AS re
    FROM read_csv('${DATA}/business_registrations.csv', header = true, all_varchar = true);

-- the judgment's custody stay: one naming its case that covers the effective date; when no stay of the
-- person names the case, the latest-admitted stay without a case number that covers it
CREATE TABLE stay AS
WITH named AS (SELECT DISTINCT j.id_number, j.case_number FROM j JOIN cu ON cu.id_number = j.id_number AND cu.case_number = j.case_number)
SELECT j.id_number, j.case_number, max(cu.adm) AS adm, arg_max_null(cu.notice, cu.adm) AS notice,
       arg_max_null(cu.lft, cu.adm) AS lft, arg_max_null(cu.why, cu.adm) AS why
FROM j JOIN cu ON cu.id_number = j.id_number AND cu.adm <= j.eff AND (cu.lft IS NULL OR cu.lft >= j.eff)
LEFT JOIN named n ON n.id_number = j.id_number AND n.case_number = j.case_number
WHERE (n.id_number IS NOT NULL AND cu.case_number = j.case_number) OR (n.id_number IS NULL AND cu.case_number IS NULL)
GROUP BY j.id_number, j.case_number;

CREATE TABLE leads (model VARCHAR, kind VARCHAR, id_number VARCHAR, case_number VARCHAR);

-- 1. custody-transfer
INSERT INTO leads
WITH t AS (
    SELECT j.*, s.lft, s.why, coalesce(s.notice, j.eff + 10) AS notice_on, coalesce(s.notice, j.eff + 10) + 30 AS deadline,
           j.susp OR j.pen IN ('管制', '免予刑事处罚', '单处附加刑') AS noncustodial
    FROM j JOIN stay s USING (id_number, case_number)),
c AS (SELECT *, pen IN ('有期徒刑', '无期徒刑', '死刑缓期二年执行')
                AND (term_end IS NOT NULL OR pen IN ('无期徒刑', '死刑缓期二年执行'))
                AND (term_end IS NULL OR term_end > months_after(notice_on, 3)) AS must_go
      FROM t WHERE NOT noncustodial AND pen IN ('有期徒刑', '无期徒刑', '死刑缓期二年执行', '拘役'))
SELECT 'custody-transfer', 'HELD_AFTER_NON_CUSTODIAL', id_number, case_number FROM t
    WHERE noncustodial AND ((lft IS NULL AND as_of() > eff + 1) OR lft > eff + 1)
UNION ALL SELECT 'custody-transfer', 'NOT_TRANSFERRED', id_number, case_number FROM c
    WHERE must_go AND ((lft IS NULL AND as_of() > deadline) OR (lft > deadline AND coalesce(why, '') <> '投送监狱'))
UNION ALL SELECT 'custody-transfer', 'LATE_TRANSFER', id_number, case_number FROM c WHERE why = '投送监狱' AND lft > deadline
UNION ALL SELECT 'custody-transfer', 'HELD_PAST_TERM', id_number, case_number FROM c
    WHERE term_end IS NOT NULL AND (lft > term_end OR (lft IS NULL AND as_of() > term_end))
UNION ALL SELECT 'custody-transfer', 'RELEASED_EARLY', id_number, case_number FROM c
    WHERE term_end IS NOT NULL AND why = '刑满释放' AND lft < term_end;

-- 2. political-rights: when each deprivation starts and ends
CREATE TABLE dpr AS
WITH base AS (
    SELECT j.*, NOT j.susp AND j.pen IN ('有期徒刑', '拘役', '无期徒刑', '死刑缓期二年执行') AS custodial,
           j.pen IN ('无期徒刑', '死刑缓期二年执行') AS life_term,
           (SELECT min(d) FROM (SELECT rel AS d FROM rs WHERE rs.id_number = j.id_number AND rs.rel >= j.eff
                                UNION ALL SELECT lft FROM cu WHERE cu.id_number = j.id_number AND cu.why = '刑满释放'
                                    AND cu.lft >= j.eff)) AS released
    FROM j WHERE (dpr_life OR coalesce(dpr_m, 0) > 0) AND pen IS NOT NULL),
st AS (
    SELECT *, CASE WHEN NOT custodial THEN eff WHEN released IS NOT NULL THEN released
                   WHEN term_end < as_of() THEN term_end + 1 END AS start,
              custodial AND released IS NULL AS estimated
    FROM base WHERE pen NOT IN ('死刑', '免予刑事处罚'))
SELECT *, CASE WHEN dpr_life OR (custodial AND released IS NOT NULL AND life_term) THEN NULL
               ELSE term_end(start, dpr_m) END AS fin
FROM st WHERE start IS NOT NULL;

CREATE TABLE dpr_flags AS
SELECT d.id_number, d.case_number, d.start, d.fin, d.estimated, d.dpr_life,
       d.start + 30 <= as_of() AND (d.fin IS NULL OR as_of() <= d.fin) AS running,
       (SELECT count(*) FROM ds WHERE ds.id_number = d.id_number AND (d.fin IS NULL OR ds.st <= d.fin)
            AND (ds.en IS NULL OR ds.en >= d.start)) AS overlapping,
       (SELECT count(*) FROM ds WHERE ds.id_number = d.id_number AND (d.fin IS NULL OR ds.st <= d.fin)
            AND (ds.en IS NULL OR ds.en >= d.start) AND (ds.en IS NULL OR ds.en >= as_of())) AS overlapping_covering,
       (SELECT count(*) FROM ds WHERE ds.id_number = d.id_number AND (ds.en IS NULL OR ds.en >= as_of())) AS covering,
       (SELECT count(*) FROM dpr o WHERE o.id_number = d.id_number AND o.case_number IS DISTINCT FROM d.case_number
            AND o.start <= as_of() AND (o.fin IS NULL OR as_of() <= o.fin)) AS others_running,
       (SELECT min(ds.st) FROM ds WHERE ds.id_number = d.id_number AND (d.fin IS NULL OR ds.st <= d.fin)
            AND (ds.en IS NULL OR ds.en >= d.start)) AS first_start,
       (SELECT arg_max_null(ds.en, ds.st) FROM ds WHERE ds.id_number = d.id_number AND (d.fin IS NULL OR ds.st <= d.fin)
            AND (ds.en IS NULL OR ds.en >= d.start)) AS last_end
FROM dpr d;

INSERT INTO leads
WITH f AS (SELECT *, running AND overlapping > 0 AND overlapping_covering = 0 AS ended_early,
                  fin IS NOT NULL AND as_of() > fin + 30 AND others_running = 0 AND covering > 0 AS not_restored
           FROM dpr_flags)
SELECT 'political-rights', 'NOT_SUPERVISED', id_number, case_number FROM f WHERE running AND overlapping = 0
UNION ALL SELECT 'political-rights', 'SUPERVISION_ENDED_EARLY', id_number, case_number FROM f WHERE ended_early
UNION ALL SELECT 'political-rights', 'NOT_RESTORED', id_number, case_number FROM f WHERE not_restored
UNION ALL SELECT 'political-rights', 'PERIOD_MISRECORDED', id_number, case_number FROM f
    WHERE NOT ended_early AND NOT not_restored AND NOT estimated AND start <= as_of() AND overlapping > 0
      AND (start - first_start > 1 OR (last_end IS NOT NULL AND (fin IS NULL OR abs(fin - last_end) > 1)));

-- BARRED_ROLE: company offices held between the effective date and five years after the deprivation
INSERT INTO leads
WITH b AS (
    SELECT j.id_number, j.case_number, j.eff,
           CASE WHEN d.start IS NOT NULL THEN months_after(d.fin, 60)
                WHEN j.pen IN ('无期徒刑', '死刑缓期二年执行') OR j.dpr_life OR j.term_end IS NULL THEN NULL
                ELSE months_after(term_end(j.term_end + 1, j.dpr_m), 60) END AS last
    FROM j LEFT JOIN dpr d USING (id_number, case_number)
    WHERE (j.dpr_life OR coalesce(j.dpr_m, 0) > 0) AND j.pen IS NOT NULL AND j.pen NOT IN ('死刑', '免予刑事处罚'))
SELECT 'political-rights', 'BARRED_ROLE', b.id_number, b.case_number FROM b JOIN br ON br.id_number = b.id_number
WHERE br.role IN ('法定代表人', '董事', '监事', '经理') AND br.enterprise LIKE '%公司%'
  AND (br.rs IS NULL OR (br.rs <= as_of() AND (b.last IS NULL OR br.rs <= b.last)))
  AND (br.re IS NULL OR br.re >= b.eff);

-- 3. prohibition-order
INSERT INTO leads
WITH cj AS (SELECT * FROM j WHERE susp OR pen = '管制'),
t AS (SELECT cj.id_number, cj.case_number,
             (SELECT count(*) FROM co WHERE co.id_number = cj.id_number AND co.st >= cj.eff - 30) AS started,
             (SELECT count(*) FROM co WHERE co.id_number = cj.id_number AND co.st >= cj.eff - 30
                  AND (co.case_number IS NULL OR cj.case_number IS NULL OR co.case_number = cj.case_number)) AS terms,
             (SELECT count(*) FROM co WHERE co.id_number = cj.id_number AND co.st >= cj.eff - 30
                  AND (co.case_number IS NULL OR cj.case_number IS NULL OR co.case_number = cj.case_number)
                  AND co.ord IS NOT NULL) AS terms_with_order,
             (SELECT min(co.rep) FROM co WHERE co.id_number = cj.id_number AND co.st >= cj.eff - 30
                  AND (co.case_number IS NULL OR cj.case_number IS NULL OR co.case_number = cj.case_number)) AS reported,
             cj.eff, cj.ord
      FROM cj)
SELECT 'prohibition-order', 'CORRECTION_MISSING', id_number, case_number FROM t WHERE as_of() > eff + 30 AND started = 0
UNION ALL SELECT 'prohibition-order', 'LATE_REPORT', id_number, case_number FROM t WHERE reported > eff + 10
UNION ALL SELECT 'prohibition-order', 'ORDER_NOT_RECORDED', id_number, case_number FROM t
    WHERE ord IS NOT NULL AND terms > 0 AND terms_with_order = 0;

-- ORDER_VIOLATED: the keyword groups an order's text selects (LAW.md §3's defaults)
CREATE TABLE kw (grp VARCHAR, is_trigger BOOLEAN, word VARCHAR);
INSERT INTO kw SELECT '娱乐场所', true, unnest(['娱乐场所', '夜总会', '酒吧', '迪厅', '歌舞厅', '网吧', 'KTV']);
INSERT INTO kw SELECT '娱乐场所', false, unnest(['夜总会', '酒吧', '迪厅', '歌舞厅', '网吧', '网咖', 'KTV', '娱乐会所']);
INSERT INTO kw SELECT '学校', true, unnest(['学校', '小学', '中学', '幼儿园', '校区']);
INSERT INTO kw SELECT '学校', false, unnest(['小学', '中学', '学校', '幼儿园']);
INSERT INTO kw SELECT '食品', true, '食品';
INSERT INTO kw SELECT '食品', false, unnest(['食品', '餐饮']);
INSERT INTO kw SELECT '采砂', true, '采砂';
INSERT INTO kw SELECT '采砂', false, unnest(['采砂', '河砂', '砂石']);
INSERT INTO kw SELECT '排污', true, unnest(['污染物', '排污']);
INSERT INTO kw SELECT '排污', false, unnest(['污染物', '排污']);
INSERT INTO kw SELECT '设立公司', true, unnest(['设立公司', '设立企业', '公司、企业']);

CREATE TABLE orders AS
SELECT DISTINCT j.id_number, j.case_number, coalesce(j.ord_start, j.eff) AS o_from,
       coalesce(j.ord_end, CASE WHEN coalesce(j.ord_m, 0) > 0 THEN term_end(coalesce(j.ord_start, j.eff), j.ord_m)
                                WHEN j.susp THEN term_end(j.eff, j.prob_m)
                                WHEN coalesce(j.term_m, 0) > 0 THEN term_end(j.eff, j.term_m) END) AS o_to,
       k.grp
FROM j JOIN kw k ON k.is_trigger AND contains(j.ord, k.word)
WHERE (j.susp OR j.pen = '管制') AND j.ord IS NOT NULL;

INSERT INTO leads
SELECT DISTINCT 'prohibition-order', 'ORDER_VIOLATED', o.id_number, o.case_number
FROM orders o
JOIN read_csv('${DATA}/activities.csv', header = true,
              columns = {'name': 'VARCHAR', 'id_number': 'VARCHAR', 'occurred_on': 'TIMESTAMP', 'category': 'VARCHAR',
                         'venue_type': 'VARCHAR', 'venue_name': 'VARCHAR', 'description': 'VARCHAR', 'agency': 'VARCHAR'}) a
     ON a.id_number = o.id_number
JOIN kw k ON k.grp = o.grp AND NOT k.is_trigger
WHERE o.o_to IS NOT NULL AND o.grp <> '设立公司'
  AND CAST(a.occurred_on AS DATE) BETWEEN o.o_from AND o.o_to AND CAST(a.occurred_on AS DATE) <= as_of()
  AND (contains(upper(coalesce(a.venue_type, '')), upper(k.word)) OR contains(upper(coalesce(a.venue_name, '')), upper(k.word))
       OR contains(upper(coalesce(a.description, '')), upper(k.word)))
UNION
SELECT 'prohibition-order', 'ORDER_VIOLATED', o.id_number, o.case_number
FROM orders o JOIN br ON br.id_number = o.id_number
WHERE o.o_to IS NOT NULL AND (br.rs IS NULL OR br.rs <= as_of())
  AND ((o.grp = '设立公司' AND br.role IN ('法定代表人', '股东', '投资人', '经营者') AND br.rs BETWEEN o.o_from AND o.o_to)
    OR (o.grp <> '设立公司' AND (br.rs IS NULL OR br.rs <= o.o_to) AND (br.re IS NULL OR br.re >= o.o_from)
        AND EXISTS (SELECT 1 FROM kw k WHERE k.grp = o.grp AND NOT k.is_trigger
                    AND contains(upper(coalesce(br.scope, '')), upper(k.word)))));

-- 4. property-penalty: which judgment each enforcement case is for
CREATE TABLE ej AS
SELECT e.*, coalesce(
    (SELECT any_value(j.case_number) FROM j WHERE e.src IS NOT NULL AND j.case_number = e.src),
    (SELECT CASE WHEN count(*) = 1 THEN any_value(j.case_number) END FROM j
         WHERE e.src IS NULL AND j.id_number = e.id_number AND (j.fine IS NOT NULL OR j.conf IS NOT NULL OR j.conf_all))) AS jcase
FROM en e;
ALTER TABLE ej ADD COLUMN jid VARCHAR;
UPDATE ej SET jid = (SELECT any_value(j.id_number) FROM j WHERE j.case_number = ej.jcase
                     AND (ej.src IS NOT NULL OR j.id_number = ej.id_number));

INSERT INTO leads
WITH pj AS (SELECT * FROM j WHERE (fine IS NOT NULL OR conf IS NOT NULL OR conf_all) AND pen IS NOT NULL
                AND (conf_all OR coalesce(fine, 0) + coalesce(conf, 0) - coalesce(prepaid, 0) > 0))
SELECT 'property-penalty', 'NOT_TRANSFERRED', id_number, case_number FROM pj
    WHERE as_of() > months_after(eff, 3) + 30
      AND NOT EXISTS (SELECT 1 FROM ej WHERE ej.jcase = pj.case_number AND ej.jid = pj.id_number)
UNION ALL SELECT 'property-penalty', 'ENFORCEMENT_OVERDUE', jid, jcase FROM ej
    WHERE jcase IS NOT NULL AND closed IS NULL AND as_of() > months_after(filed, 6)
UNION ALL SELECT 'property-penalty', 'LATE_FILING', jid, jcase FROM ej WHERE jcase IS NOT NULL AND tr IS NOT NULL AND filed > tr + 7
UNION ALL SELECT 'property-penalty', 'CLOSED_NOT_PAID', jid, jcase FROM ej
    WHERE jcase IS NOT NULL AND closure = '执行完毕' AND target IS NOT NULL AND NOT target_all AND coalesce(executed, 0) < target
UNION ALL SELECT DISTINCT 'property-penalty', 'TERMINATED_WITH_ASSETS', ej.jid, ej.jcase FROM ej JOIN br ON br.id_number = ej.jid
    WHERE ej.jcase IS NOT NULL AND ej.closure IN ('终结本次执行程序', '终结执行') AND ej.closed <= as_of()
      AND br.role IN ('法定代表人', '股东', '投资人', '经营者') AND (br.rs IS NULL OR br.rs <= ej.closed)
      AND (br.re IS NULL OR br.re >= ej.closed)
UNION ALL SELECT DISTINCT 'property-penalty', 'COMMUTED_WHILE_UNPAID', pj.id_number, pj.case_number
    FROM pj JOIN cm ON cm.id_number = pj.id_number AND (cm.case_number IS NULL OR cm.case_number = pj.case_number)
    WHERE cm.ruled > pj.eff AND cm.ruled <= as_of()
      AND NOT EXISTS (SELECT 1 FROM ej WHERE ej.jcase = pj.case_number AND ej.jid = pj.id_number AND ej.closed <= cm.ruled
                      AND ((ej.closure = '执行完毕' AND ej.target IS NOT NULL AND NOT ej.target_all AND ej.executed >= ej.target)
                           OR ej.closure IN ('终结本次执行程序', '终结执行')));

SELECT DISTINCT model, kind, id_number, coalesce(case_number, '') AS case_number FROM leads ORDER BY ALL;
