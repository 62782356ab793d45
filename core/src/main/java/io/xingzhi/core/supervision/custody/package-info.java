/** custody-transfer (驻所检察): sentenced prisoners not delivered to prison, delivered late, held past term or released early. LAW.md §1. */
package io.xingzhi.core.supervision.custody;
