from bot.search.question import visible_words


def test_control_characters_read_as_spaces_in_ascii_and_unicode_alike() -> None:
    assert visible_words("ferry\x00timetable\x7f  changes\t\r\n") == "ferry timetable changes"
    assert visible_words("ferry\u200btimetable\x00café") == "ferry timetable café"
    assert visible_words("ＦＥＲＲＹ\x1f") == "FERRY"  # fullwidth letters fold under NFKC
    assert visible_words("\x01\x02 \x03") == ""
