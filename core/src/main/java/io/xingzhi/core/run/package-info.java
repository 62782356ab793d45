/** The outcome of a run: leads and the run report whose counts add up. */
package io.xingzhi.core.run;
