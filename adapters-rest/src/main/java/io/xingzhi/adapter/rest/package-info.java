/**
 * The REST adapter: a driving adapter, a door over core's application services
 * ({@code io.xingzhi.core.app}): stored leads, their review workflow, documents, statistics and runs
 * over HTTP with bearer-token roles, masking for viewers, an audit trail and
 * {@code application/problem+json} errors. It translates requests and answers; it decides nothing. Entry point: {@link io.xingzhi.adapter.rest.XingzhiServer}.
 * The wire format is described in {@code docs/rest-api.md} and served at {@code /openapi.json}.
 */
package io.xingzhi.adapter.rest;
