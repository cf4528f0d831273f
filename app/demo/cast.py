"""The demo firm's cast: a Kyiv printing and packaging house, its people and its clients.

Each client carries a scenario that decides how its year goes (see app.demo.story). The names are
invented; any likeness to a real company is a coincidence."""

from dataclasses import dataclass

FIRM_NAME = "Друкарня «Палітра»"

# key, name, role
STAFF = [
    ("andriy", "Андрій Коваленко", "owner"),
    ("olena", "Олена Бондар", "account_manager"),
    ("maksym", "Максим Литвиненко", "account_manager"),
    ("kateryna", "Катерина Мороз", "account_manager"),
    ("ihor", "Ігор Мельник", "staff"),
    ("svitlana", "Світлана Гнатюк", "staff"),
]

# The steady majority, and each way a relationship can go sour, plus the stages before and after.
SCENARIOS = ("steady", "renewing", "demanding", "quiet", "silent", "unanswered", "deadlock", "falling",
             "drift", "ending", "overdue", "prospect", "qualified", "declined", "paused", "ended")


@dataclass(frozen=True)
class ClientSpec:
    """One client of the demo firm and how its year is meant to go."""

    name: str
    lang: str
    segment: str
    manager: str
    scenario: str
    products: tuple[str, ...]
    value: int  # a year's contract value, in the client's currency
    rhythm: int | None  # contact_every_days
    domain: str
    new: bool = False  # won during the demo's 18 months
    blind: bool = False  # the manager's pulse stays "good" whatever the journal says


def _c(name, lang, segment, manager, scenario, products, value, rhythm, domain, new=False, blind=False):
    return ClientSpec(name, lang, segment, manager, scenario, tuple(products.split()), value, rhythm, domain,
                      new, blind)


CLIENTS = [
    # Ukrainian-speaking
    _c("ТОВ «Смачна Полиця»", "uk", "retail", "olena", "steady", "sticker_labels wobblers", 1_850_000, 10, "smachnapolytsia.ua"),
    _c("ТОВ «Карпатські Соки»", "uk", "beverages", "olena", "demanding", "juice_labels corrugated", 2_400_000, 7, "karpatski-soky.ua"),
    _c("ТОВ «Хлібний Дім Поділля»", "uk", "bakery", "olena", "steady", "cake_boxes corrugated", 960_000, 14, "hlibnydim.com.ua"),
    _c("ТОВ «Фармація Плюс»", "uk", "pharma", "maksym", "steady", "inserts corrugated", 1_300_000, 14, "farmacia-plus.ua"),
    _c("ТОВ «Чайна Гільдія»", "uk", "tea & coffee", "kateryna", "deadlock", "tea_packs gift_boxes", 1_600_000, 14, "chaina-hildiia.ua"),
    _c("ТОВ «Агроленд Трейд»", "uk", "agro", "maksym", "quiet", "corrugated", 420_000, 60, "agroland.ua"),
    _c("ТОВ «Львівська Кондитерська Мануфактура»", "uk", "confectionery", "olena", "steady", "gift_boxes cake_boxes", 2_100_000, 10, "lkm.lviv.ua"),
    _c("ТОВ «Молочна Долина»", "uk", "dairy", "olena", "falling", "sticker_labels corrugated", 1_450_000, 10, "molochna-dolyna.ua",
       blind=True),
    _c("ТОВ «Еко-Косметика Україна»", "uk", "cosmetics", "maksym", "drift", "gift_boxes inserts", 880_000, 14, "eco-cosmetics.ua"),
    _c("ТОВ «Нова Аптека Груп»", "uk", "pharma retail", "kateryna", "unanswered", "wobblers pos_stands", 1_100_000, 14, "nova-apteka.ua"),
    _c("ТОВ «Зерно Півдня»", "uk", "agro", "maksym", "ending", "corrugated", 650_000, 30, "zerno-pivdnia.ua"),
    _c("ТОВ «Видавництво Каштан»", "uk", "publishing", "kateryna", "steady", "catalogs", 540_000, 21, "kashtan-books.ua"),
    _c("ТОВ «Дніпро-Пак Дистрибуція»", "uk", "distribution", "maksym", "steady", "corrugated sticker_labels", 1_200_000, 14, "dnipropak.ua"),
    _c("ТОВ «Полтавські Ковбаси»", "uk", "meat", "olena", "overdue", "sticker_labels corrugated", 990_000, 14, "poltava-kovbasy.ua"),
    _c("ТОВ «Черкаська Кава»", "uk", "tea & coffee", "kateryna", "steady", "tea_packs gift_boxes", 720_000, 14, "cherkaska-kava.ua", new=True),
    _c("ТОВ «Будмайстер Рітейл»", "uk", "DIY retail", "maksym", "silent", "catalogs wobblers", 1_050_000, 14, "budmaister.ua"),
    _c("ТОВ «Вишиванка Маркет»", "uk", "e-commerce", "kateryna", "prospect", "gift_boxes", 300_000, None, "vyshyvanka-market.ua"),
    _c("ТОВ «Сонячна Пасіка»", "uk", "food", "olena", "qualified", "sticker_labels gift_boxes", 450_000, None, "sonyachna-pasika.ua"),
    _c("ТОВ «Буковинські Сири»", "uk", "dairy", "olena", "paused", "sticker_labels", 610_000, 30, "bukovyna-cheese.ua"),
    _c("ФОП Гончаренко О. В.", "uk", "e-commerce", "kateryna", "declined", "gift_boxes", 60_000, None, "honcharenko-shop.ua"),
    _c("ТОВ «Подільські Ласощі»", "uk", "confectionery", "olena", "steady", "gift_boxes wobblers", 780_000, 14, "podilski-lasoshchi.ua", new=True),
    # Russian-speaking
    _c("ООО «Харьковский Кондитер»", "ru", "confectionery", "maksym", "steady", "cake_boxes gift_boxes", 1_700_000, 10, "kh-konditer.com.ua"),
    _c("ООО «Черноморская Рыбная Компания»", "ru", "food", "maksym", "demanding", "sticker_labels corrugated", 1_350_000, 7, "chernomor-fish.com.ua"),
    _c("ООО «Одесский Винный Дом»", "ru", "beverages", "maksym", "renewing", "sticker_labels gift_boxes", 1_250_000, 14, "odessa-wine.com.ua"),
    _c("ООО «Слобожанский Молочник»", "ru", "dairy", "maksym", "silent", "sticker_labels", 830_000, 10, "sloboda-milk.com.ua"),
    _c("ООО «ФармаЛайн Дистрибьюшн»", "ru", "pharma", "olena", "steady", "inserts corrugated", 1_900_000, 14, "pharmaline.com.ua"),
    _c("ООО «Днепровская Мельница»", "ru", "food", "maksym", "unanswered", "corrugated sticker_labels", 700_000, 21, "dnepr-mill.com.ua"),
    _c("ООО «Азовские Специи»", "ru", "food", "maksym", "drift", "sticker_labels gift_boxes", 560_000, 14, "azov-spice.com.ua"),
    _c("ООО «Лесная Ягода»", "ru", "frozen food", "olena", "deadlock", "corrugated sticker_labels", 1_150_000, 14, "lesnaya-yagoda.com.ua"),
    _c("ООО «Бытовая Химия Восток»", "ru", "household", "maksym", "falling", "sticker_labels corrugated", 940_000, 14, "bh-vostok.com.ua"),
    _c("ООО «Гранд Кофе Трейд»", "ru", "tea & coffee", "olena", "quiet", "gift_boxes", 380_000, 45, "grandcoffee.com.ua"),
    _c("ООО «Бабушкина Выпечка»", "ru", "bakery", "maksym", "steady", "cake_boxes", 640_000, 14, "babushkina-vypechka.com.ua", new=True),
    _c("ООО «Сладкий Мир»", "ru", "confectionery", "maksym", "prospect", "gift_boxes cake_boxes", 500_000, None, "sladkiy-mir.com.ua"),
    _c("ООО «МедТехСнаб»", "ru", "medical", "olena", "declined", "inserts", 90_000, None, "medtehsnab.com.ua"),
    _c("ООО «Мясной Двор»", "ru", "meat", "maksym", "ended", "sticker_labels", 720_000, 14, "myasnoy-dvor.com.ua"),
    # English-speaking (export clients)
    _c("Northbridge Foods Ltd", "en", "food", "kateryna", "steady", "corrugated sticker_labels", 96_000, 14, "northbridgefoods.co.uk"),
    _c("Vistula Cosmetics Sp. z o.o.", "en", "cosmetics", "kateryna", "steady", "gift_boxes inserts", 78_000, 14, "vistulacosmetics.pl"),
    _c("Baltic Berry UAB", "en", "frozen food", "kateryna", "quiet", "corrugated", 31_000, 60, "balticberry.lt"),
    _c("Danube Wine Partners SRL", "en", "beverages", "kateryna", "demanding", "sticker_labels gift_boxes", 64_000, 10, "danubewine.ro"),
    _c("Greenleaf Tea Company Ltd", "en", "tea & coffee", "kateryna", "steady", "tea_packs", 52_000, 21, "greenleaftea.co.uk"),
    _c("Krakow Deli Distribution Sp. z o.o.", "en", "distribution", "kateryna", "steady", "corrugated wobblers", 45_000, 21, "krakowdeli.pl", new=True),
    _c("Oakridge Pharma Ltd", "en", "pharma", "kateryna", "qualified", "inserts", 70_000, None, "oakridgepharma.co.uk"),
    _c("Nordic Candle Co. AB", "en", "home decor", "kateryna", "prospect", "gift_boxes", 25_000, None, "nordiccandle.se"),
    _c("Atlas Retail Group GmbH", "en", "retail", "kateryna", "declined", "pos_stands wobblers", 40_000, None, "atlasretail.de"),
    _c("Harbour Coffee Roasters Ltd", "en", "tea & coffee", "kateryna", "ended", "gift_boxes tea_packs", 28_000, 21, "harbourcoffee.co.uk"),
    _c("Alpine Snacks GmbH", "en", "food", "kateryna", "paused", "corrugated sticker_labels", 39_000, 21, "alpinesnacks.at"),
    _c("Meridian Pet Foods Ltd", "en", "pet food", "kateryna", "prospect", "corrugated", 60_000, None, "meridianpet.co.uk"),
]

# Who is and is not our client (seed 003): the criteria a prospect is judged against.
PORTRAIT = [
    ("Регулярні замовлення", "Замовлення щонайменше раз на місяць, річний обсяг від 400 тис. грн.", 3.0),
    ("Наш профіль", "Упаковка, етикетка, POS для харчових, фарма- та косметичних виробників.", 2.5),
    ("Платіжна дисципліна", "Оплата в строк до 30 днів, без історії судових спорів.", 2.0),
    ("Довгострокові наміри", "Готовність до річного договору і спільного планування.", 1.5),
    ("Доставка", "Склад у межах 600 км від Києва або експорт через партнера-перевізника.", 1.0),
]

PHONE_PREFIX = {"ua": "+380 {op} {a:03d} {b:02d} {c:02d}", "co.uk": "+44 20 {a:04d} {b:04d}",
                "pl": "+48 22 {a:03d} {b:02d} {c:02d}", "lt": "+370 5 {a:03d} {b:04d}",
                "ro": "+40 21 {a:03d} {b:04d}", "se": "+46 8 {a:03d} {b:02d} {c:02d}",
                "de": "+49 30 {a:04d} {b:04d}", "at": "+43 1 {a:03d} {b:04d}"}

TRANSLIT = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяэыёъ",
                    ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
                     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia",
                     "e", "y", "e", ""], strict=True))


def latin(text: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in text.lower())


def phone_for(domain: str, rng) -> str:
    zone = next((z for z in PHONE_PREFIX if domain.endswith(z)), "ua")
    return PHONE_PREFIX[zone].format(op=rng.choice(["67", "50", "63", "97", "44", "57", "48"]),
                                     a=rng.randrange(100, 999), b=rng.randrange(10, 99), c=rng.randrange(10, 99))
