/** prohibition-order (社区矫正禁止令): offenders missing from community correction, orders never handed over, orders violated. LAW.md §3. */
package io.xingzhi.core.supervision.prohibition;
