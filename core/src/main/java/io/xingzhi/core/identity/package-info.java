/**
 * Identity resolution (CONTRACT.md §3): records are linked to persons by normalised identity
 * number, or by normalised name + birth date when a record has no valid number; never by name
 * alone. Persons carry every record of the small datasets; the report lists what did not link.
 */
package io.xingzhi.core.identity;
