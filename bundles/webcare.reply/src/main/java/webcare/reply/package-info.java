/**
 * The reply composer's logic behind {@code webcare.reply.api}: ready-made templates per decision
 * and language ({@code templates}) and the tone check ({@code tone}). Nothing here is exported.
 */
package webcare.reply;
