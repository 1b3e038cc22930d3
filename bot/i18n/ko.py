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
    # /stats and `forum-bot stats`
    "stats.summary": "최근 {days}일: 질문 {questions}개 (답변 {answered}, 답변 못 함 {declined})",
    "stats.per_day": "일별 {spark} ({first} → {last})",
    "stats.feedback": "피드백: 👍 {up} · 👎 {down}",
    "stats.unanswered": "답하지 못한 질문 상위:",
    "stats.disliked": "👎가 가장 많은 답변:",
    "stats.speakers": "가장 많이 물어본 발언자:",
    "stats.none": "없음",
    "stats.title": "질문과 피드백",
    "stats.no_log": "아직 기록된 질문이 없습니다.",
    "stats.logging_off": "질문 기록이 꺼져 있습니다 (BOT_LOG_RETENTION_DAYS=0).",
    "stats.unreadable": "지금은 질문 기록을 읽을 수 없습니다. 봇 로그에서 원인을 확인하세요.",
    "stats.admins_only": "봇 관리자만 통계를 볼 수 있습니다.",
}
