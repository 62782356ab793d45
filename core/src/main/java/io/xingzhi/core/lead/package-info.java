/** Leads (监督线索): what a model reports, with evidence, legal basis and a stable id. */
package io.xingzhi.core.lead;
