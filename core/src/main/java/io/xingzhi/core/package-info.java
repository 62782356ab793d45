/**
 * Xingzhi core: the pure domain of criminal-execution supervision. Values and their parsing
 * ({@code value}), sentence law ({@code sentence}), the eight agency record types ({@code record}),
 * identity resolution ({@code identity}), the supervision models ({@code supervision}), leads
 * ({@code lead}), the review workflow ({@code review}), ports ({@code port}) and the engine that
 * ties them ({@code engine}). Depends on the JDK and Guava only.
 */
package io.xingzhi.core;
