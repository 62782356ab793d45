/**
 * The supervision-model SPI ({@link io.xingzhi.core.supervision.SupervisionModel}), its parameters
 * and the shared helpers of the four models, which live in sub-packages: {@code custody},
 * {@code politicalrights}, {@code prohibition}, {@code property}. Models are pure.
 */
package io.xingzhi.core.supervision;
