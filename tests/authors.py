"""The people tests act as: nothing is logged without an author, nobody is added but by an owner."""

from db.models import User

TEST_AUTHOR = "Test author"
TEST_OWNER = "Test owner"


def firm_owner() -> User:
    """An active owner of the test's journal: the first one there, else "Test owner", who sets up an
    empty journal (records.create_first_owner) or, when people are there but no owner, is added as
    the sample firm is (unchecked, as a journal's setup)."""
    from app.journal import records as journal

    owner = User.select().where((User.role == "owner") & (User.active == True)).order_by(User.id).first()  # noqa: E712
    if owner is not None:
        return owner
    if not User.select().exists():
        return journal.create_first_owner(TEST_OWNER)
    return User.create(name=TEST_OWNER, role="owner")


def signing_author() -> int:
    """The id of a user named "Test author", created on first use in the test's journal."""
    from app.journal import records as journal

    user = User.get_or_none(User.name == TEST_AUTHOR) or journal.create_user(TEST_AUTHOR, by=firm_owner())
    return user.id


def act_as(user) -> User | None:
    """This computer account becomes user (None: nobody), as "Who are you?" or an owner's change
    makes it (app.common.identity): the person the desktop and the command line then act as."""
    from app.common import identity
    from db import audit

    login = identity.current_login()
    User.update(login=None).where(User.login == login).execute()
    if user in (None, 0):
        audit.set_actor(None)
        return None
    user_id = user.id if isinstance(user, User) else int(user)
    User.update(login=login).where(User.id == user_id).execute()
    audit.set_actor(user_id)
    return User.get_by_id(user_id)
