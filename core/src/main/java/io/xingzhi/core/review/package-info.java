/**
 * The manual verification workflow (人工核查) a lead goes through once a model has reported it:
 * {@link io.xingzhi.core.review.ReviewState states}, the {@link io.xingzhi.core.review.ReviewAction
 * actions} a prosecutor takes, the pure {@link io.xingzhi.core.review.ReviewWorkflow} that decides
 * whether an action is allowed, and the append-only {@link io.xingzhi.core.review.ReviewEvent}s that
 * record every transition. No I/O and no clock: the store persists, the caller passes the time.
 */
package io.xingzhi.core.review;
