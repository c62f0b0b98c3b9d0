"""A caption set as a paragraph inside a pasted page copy ('FILE PHOTO: …') is removed, and the
lead before it stays the story's. The page below is our own, written for this test."""

from __future__ import annotations

from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely

PAGE = "\n".join(
    [
        "Harbour fees rise again as shippers balk - Daily Tidings",
        "",
        "Discover Daily Tidings",
        "Home",
        "World",
        "Business",
        "Markets",
        "Sign in",
        "",
        "Shipping News",
        "December 2, 2026 / 9:14 AM / Updated 2 hours ago",
        "",
        "Harbour fees rise again as shippers balk",
        "",
        "Mara Lindqvist",
        "",
        "4 Min Read",
        "",
        (
            "PORTSEA (Tidings) - The port authority of Portsea raised its berthing fees by 9 "
            "percent on Tuesday."
        ),
        "",
        (
            "FILE PHOTO: A container ship is loaded at the Portsea terminal, in Portsea, "
            "March 3, 2026. REUTERS/Kari Nyberg"
        ),
        "",
        (
            "The authority said the money would pay for dredging the outer channel, which has"
            " silted up since the spring storms and now limits the largest ships to high "
            "tide."
        ),
        "",
        (
            "Three lines said they would move some calls to Eastmouth, forty miles along the "
            "coast, unless the fees were frozen until the dredging is done."
        ),
        "",
        (
            '"We cannot pass another rise on to our customers this year," said Jonas Avery, '
            "who runs the Portsea office of one of the lines."
        ),
        "",
        "The harbour board will meet again on January 12 to review the fees.",
        "",
        "Reporting by Mara Lindqvist; Editing by Tom Reyes",
        "",
        "Our Standards: The Tidings Trust Principles.",
        "",
        "Apps",
        "Newsletters",
        "Advertise with Us",
        "Cookies",
        "Terms of Use",
        "Privacy",
        "All quotes delayed a minimum of 15 minutes.",
        "© 2026 Tidings. All Rights Reserved.",
    ]
)


def test_a_caption_inside_a_page_copy_keeps_the_lead_before_it() -> None:
    """The lead ('PORTSEA (Tidings) - The port authority …') is the text's first paragraph, and
    the caption is removed as one."""
    record = analyze_safely("-", Options(), PAGE.encode()).to_dict()
    assert record["text"].startswith("PORTSEA (Tidings) - The port authority of Portsea")
    assert "FILE PHOTO" not in record["text"]
    assert any(r["kind"] == "caption" for r in record["removed"])
