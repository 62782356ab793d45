/**
 * Drafting procuratorial documents (纠正违法通知书, 检察建议) from confirmed leads: the
 * {@link io.xingzhi.core.document.DocumentDrafter}, its editable Markdown templates (bundled under
 * {@code io/xingzhi/core/document/templates/}, overridable through a
 * {@link io.xingzhi.core.document.TemplateSource}) and the tiny
 * {@link io.xingzhi.core.document.TemplateRenderer}. The only package in core that reads classpath
 * resources; Word output lives in an adapter ({@code adapters-docx}), not here. Filing a draft under
 * a document number (文号) is the application layer's ({@code io.xingzhi.core.app.DocumentService}).
 */
package io.xingzhi.core.document;
