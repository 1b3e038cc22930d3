"""Korean: every string the bot writes, by key (the same keys as en.py)."""

MESSAGES: dict[str, str] = {
    # Feedback under answers
    "feedback.thanks_up": "의견 감사합니다!",
    "feedback.thanks_down": "감사합니다. 답변을 고치는 데 도움이 됩니다.",
    "feedback.form_title": "무엇이 잘못되었나요?",
    "feedback.reason_label": "무엇이 잘못되었나요?",
    "feedback.reason.wrong_speaker": "발언자가 틀림",
    "feedback.reason.wrong_quote": "인용문이 틀림",
    "feedback.reason.not_an_answer": "질문에 대한 답이 아님",
    "feedback.reason.other": "기타",
    "feedback.comment_label": "덧붙일 말 (선택)",
    "feedback.comment_placeholder": "올바른 답은 무엇인가요?",
}
