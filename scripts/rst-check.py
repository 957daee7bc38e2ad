#!/usr/bin/env python3
"""rst-check.py FILE...: parse reStructuredText with docutils and print every
message of level WARNING or above. Sphinx/kernel directives and roles that
plain docutils does not know (kernel-doc, toctree, c:function, :ref:, ...)
are accepted as no-ops, so only real reST problems are reported."""
import sys

import docutils.core
import docutils.utils
from docutils import nodes
from docutils.parsers.rst import Directive, directives, roles


class NoOp(Directive):
    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        return []


class AnyOptions(dict):
    def __missing__(self, key):
        return directives.unchanged


NoOp.option_spec = AnyOptions()

_directive = directives.directive
_role = roles.role


def directive(name, language_module, document):
    cls, msgs = _directive(name, language_module, document)
    return (cls or NoOp), ([] if cls is None else msgs)


def noop_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [nodes.literal(rawtext, text)], []


def role(name, language_module, lineno, reporter):
    fn, msgs = _role(name, language_module, lineno, reporter)
    return (fn or noop_role), ([] if fn is None else msgs)


directives.directive = directive
roles.role = role

bad = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    settings = {"report_level": 2, "halt_level": 5, "warning_stream": False,
                "file_insertion_enabled": False, "raw_enabled": False}
    doc = docutils.core.publish_doctree(text, source_path=path,
                                        settings_overrides=settings)
    for msg in doc.traverse(nodes.system_message):
        if msg["level"] >= 2:
            bad += 1
            print(msg.astext().splitlines()[0])
sys.exit(1 if bad else 0)
