/**
 * The application layer: the use cases every door calls - the command line, the REST server and
 * any future door - so that the same action has the same name, the same fields and the same
 * behaviour everywhere. A door parses its arguments into a neutral request (text fields by the
 * snake_case names of {@link io.xingzhi.core.app.RequestFields}), makes one service call and
 * renders the answer; it decides nothing.
 * <ul>
 *   <li>{@link io.xingzhi.core.app.RunService}: engine, parameters and a source in, a run out, kept
 *       in the store when one is given;</li>
 *   <li>{@link io.xingzhi.core.app.ReviewService}: parse, decide with
 *       {@link io.xingzhi.core.review.ReviewWorkflow}, compare-and-set on the lead's version, the
 *       event, the audit entry;</li>
 *   <li>{@link io.xingzhi.core.app.DocumentService}: draft and file a document under a number
 *       drawn from the store;</li>
 *   <li>{@link io.xingzhi.core.app.StatisticsService}: review statistics and the 类案 report, read
 *       from the store in one pass;</li>
 *   <li>{@link io.xingzhi.core.app.LeadQueryService}: the stored leads, their history and the runs;</li>
 *   <li>{@link io.xingzhi.core.app.ApplicationServices}: all of them over one store, for wiring.</li>
 * </ul>
 * Services read the clock they are given (never the models: time reaches a model as the as-of
 * date) and reach the world only through {@link io.xingzhi.core.port ports}.
 */
package io.xingzhi.core.app;
