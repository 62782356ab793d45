/**
 * Source governance (诉源治理): what a procuratorate does after a class of cases (类案) has been
 * confirmed, to treat the cause rather than each case - a systemic 检察建议 to the agency, a joint
 * meeting (联席会议) with the agencies concerned, the rectification measures (整改措施) agreed there
 * with who is responsible and by when, and the standing cooperation mechanism (联动协作机制) - and
 * their follow-up until adopted, rectified, overdue or ended. Pure domain: records and rules, no
 * storage and no clock (the date a status is seen from is an argument).
 */
package io.xingzhi.core.governance;
