"""Reads back a picture kith drew: an SVG with python's XML parser, an HTML page with its HTML
parser (every element closed, the SVG inline, no script), and checks the people are in the text.
Usage: read_picture.py FILE NAME…   (exit 1 and the problems when anything is off)"""
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "link", "input", "hr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open, self.seen, self.text, self.problems = [], set(), [], []

    def handle_starttag(self, tag, attrs):
        self.seen.add(tag)
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.seen.add(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else 'nothing'}>")
        else:
            self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def main(path, names):
    data = open(path, encoding="utf-8").read()
    problems = []
    if path.endswith(".svg"):
        root = ElementTree.fromstring(data)
        text = "".join(root.itertext())
        tags = {element.tag.split("}")[-1] for element in root.iter()}
    else:
        page = Page()
        page.feed(data)
        page.close()
        problems += page.problems + ([f"unclosed: {page.open}"] if page.open else [])
        text, tags = "".join(page.text), page.seen
        if "svg" not in tags:
            problems.append("no inline svg")
    if "script" in tags:
        problems.append("a script element")
    problems += [f"{name!r} is not in the picture" for name in names if name not in text]
    if problems:
        print(f"{path}: " + "; ".join(problems))
        return 1
    print(f"{path}: read, {len(tags)} kinds of element, every name found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
