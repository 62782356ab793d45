/** property-penalty (刑事涉财产刑执行): property penalties never sent for enforcement, overdue, or closed while unpaid or while the person holds a company role. LAW.md §4. */
package io.xingzhi.core.supervision.property;
