/**
 * The REST adapter: a driving adapter that serves stored leads, their review workflow, statistics
 * and runs over HTTP with bearer-token roles, masking for viewers, an audit trail and
 * {@code application/problem+json} errors. Entry point: {@link io.xingzhi.adapter.rest.XingzhiServer}.
 * The wire format is described in {@code docs/rest-api.md} and served at {@code /openapi.json}.
 */
package io.xingzhi.adapter.rest;
