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
    # /stats and `forum-bot stats`
    "stats.summary": (
        "Last {days} days: {questions} questions (answered {answered}, declined {declined})"
    ),
    "stats.per_day": "Per day {spark} ({first} → {last})",
    "stats.feedback": "Feedback: 👍 {up} · 👎 {down}",
    "stats.unanswered": "Top unanswered questions:",
    "stats.disliked": "Answers with the most 👎:",
    "stats.speakers": "Most asked-about speakers:",
    "stats.none": "none",
    "stats.title": "Questions and feedback",
    "stats.no_log": "No questions have been logged yet.",
    "stats.logging_off": "The question log is off (BOT_LOG_RETENTION_DAYS=0).",
    "stats.unreadable": "The question log cannot be read right now; the bot's log says why.",
    "stats.admins_only": "Only the bot's admins can see the stats.",
}
