"""Finding and reading a built site's feeds, for the feed checks: every Atom feed (any .xml
file whose root element is an Atom <feed>) and every JSON Feed (feed.json)."""
import glob
import json
import os
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def root_tag(path):
    """The tag of a file's root element, or None when it is not well-formed XML."""
    try:
        for _, element in ET.iterparse(path, events=("start",)):
            return element.tag
    except ET.ParseError:
        return None


def atom_feeds(public):
    """Every .xml file under `public` whose root is an Atom feed, sorted."""
    paths = sorted(glob.glob(os.path.join(public, "**", "*.xml"), recursive=True))
    return [path for path in paths if root_tag(path) == f"{ATOM}feed"]


def json_feeds(public):
    return sorted(glob.glob(os.path.join(public, "**", "feed.json"), recursive=True))


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
