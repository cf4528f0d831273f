"""The person who signs what tests log: nothing is logged without an author."""

from db.models import User

TEST_AUTHOR = "Test author"


def signing_author() -> int:
    """The id of a user named "Test author", created on first use in the test's journal."""
    from app.journal import records as journal

    user = User.get_or_none(User.name == TEST_AUTHOR) or journal.create_user(TEST_AUTHOR)
    return user.id
