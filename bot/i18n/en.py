"""English: every string the bot writes, by key."""

MESSAGES: dict[str, str] = {
    # Feedback under answers
    "feedback.thanks_up": "Thanks for the feedback!",
    "feedback.thanks_down": "Thanks: this helps us fix the answer.",
    "feedback.form_title": "What was wrong?",
    "feedback.reason_label": "What was wrong?",
    "feedback.reason.wrong_speaker": "Wrong speaker",
    "feedback.reason.wrong_quote": "Wrong quote",
    "feedback.reason.not_an_answer": "Not an answer to my question",
    "feedback.reason.other": "Something else",
    "feedback.comment_label": "Anything to add? (optional)",
    "feedback.comment_placeholder": "What would the right answer be?",
}
