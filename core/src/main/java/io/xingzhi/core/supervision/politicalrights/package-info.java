/** political-rights (剥夺政治权利罪犯脱漏管): deprivations never supervised, supervised too briefly, or never ended. LAW.md §2. */
package io.xingzhi.core.supervision.politicalrights;
