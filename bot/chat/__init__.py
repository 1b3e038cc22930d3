"""The Discord adapter over the core engine; one job per module:

client            the bot: wires cogs, buttons, translator, question log; syncs commands
run               `forum-bot run`: process start and clean stop
user_commands     /ask /quote /speakers /about and the "Ask forum-bot" message menu
admin_commands    /reload and /stats (admins, checked server-side)
dm_and_mentions   a DM or a mention in a server is a question
answering         the reply to a question, whichever way it was asked
embeds            answers, quotes, speakers and /about as embeds and texts
discord_limits    Discord's size limits and cutting text to fit them
navigation_buttons Next answer, Show paragraph, and page buttons (state in custom ids)
feedback          👍 👎 under answers and the "what was wrong" form
request_log       one log line and metric per request, and the apology on failure
question_quota    the per-user question limit
localization      the user's locale, and command names in their language
sync              whether the commands Discord has differ from ours
discord_patches   every change to discord.py's own classes
"""
