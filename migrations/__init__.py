"""SQL migrations, applied in order by bot.db."""
