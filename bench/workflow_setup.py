#!/usr/bin/env python3
"""Prepares the workflow benchmark on a running Rolewise: one signed-in manager session per wrk connection,
each with its own needs assessment (answered, a role chosen) open in a Faces view, plus one drafted job
description. Writes the requests wrk replays, one line per connection:

    <path>\t<JSESSIONID>\t<urlencoded body>

to bench/target/wizard-step.tsv (an answer saved as it is picked) and bench/target/draft-preview.tsv (the
job description drafted from the role and the answers, shown without storing: the draft form's preview
request), and the description's id to bench/target/description-id. Uses the pages as a browser does (PrimeFaces partial requests), only the
standard library, and bench/login.sh for the real Keycloak sign-in.

    bench/workflow_setup.py [connections, default 16]
"""
import html
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

BASE = os.environ.get("ROLEWISE_URL", "http://localhost:8080")
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "target")


class Session:
    """One signed-in user and the last Faces view they loaded."""

    def __init__(self, user):
        self.cookie = subprocess.check_output([os.path.join(HERE, "login.sh"), user, "rolewise"], text=True).strip()
        self.page = ""
        self.path = ""

    def get(self, path):
        request = urllib.request.Request(BASE + path, headers={"Cookie": "JSESSIONID=" + self.cookie})
        with urllib.request.urlopen(request) as response:
            self.page = response.read().decode("utf-8")
            self.path = path
        return self.page

    def view_state(self):
        found = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', self.page)
        if not found:
            sys.exit("bench: no ViewState on " + self.path)
        return html.unescape(found.group(1))

    def form_action(self, form_id):
        found = re.search(r'<form id="%s"[^>]*action="([^"]+)"' % re.escape(form_id), self.page)
        if not found:
            sys.exit("bench: no form %s on %s" % (form_id, self.path))
        return html.unescape(found.group(1))

    def partial_body(self, form_id, source, execute, render, fields, event=None, is_button=True):
        params = {
            "jakarta.faces.partial.ajax": "true",
            "jakarta.faces.source": source,
            "jakarta.faces.partial.execute": execute,
            "jakarta.faces.partial.render": render,
            form_id: form_id,
        }
        if event:
            params["jakarta.faces.behavior.event"] = event
            params["jakarta.faces.partial.event"] = event
        if is_button:
            params[source] = source
        params.update(fields)
        params["jakarta.faces.ViewState"] = self.view_state()
        # with PrimeFaces CSP on, a partial request carries the page's nonce, as PrimeFaces' script sends it
        nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", self.page)
        if nonce:
            params["primefaces.nonce"] = nonce.group(1)
        return urllib.parse.urlencode(params)

    def post(self, path, body):
        request = urllib.request.Request(BASE + path, data=body.encode("utf-8"), headers={
            "Cookie": "JSESSIONID=" + self.cookie,
            "Faces-Request": "partial/ajax",
            "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
        })
        with urllib.request.urlopen(request) as response:
            answer = response.read().decode("utf-8")
        if "<error>" in answer or "ui-dialog" in answer and "Something went wrong" in answer:
            sys.exit("bench: the server refused a step on %s: %s" % (path, answer[:400]))
        return answer


def radio_name(page, question):
    block = re.search(r'data-question="%s".*?</fieldset>' % re.escape(question), page, re.S)
    if not block:
        sys.exit("bench: question %s is not on this step" % question)
    radio = re.search(r'<input[^>]*type="radio"[^>]*>', block.group(0)).group(0)
    return re.search(r'name="([^"]+)"', radio).group(1)


def answer_goal(session, goal_answer):
    """The partial POST that picking an answer to the first question sends (the page shows the first step): it
    stores the answer and renders the step chips and the progress line again, which count it."""
    goal = radio_name(session.page, "goal")
    return session.partial_body("wizard", goal, goal, "wizard:steps wizard:progress", {goal: goal_answer},
                                event="valueChange", is_button=False)


def started(session, title):
    """Starts an assessment and opens its first step; returns its page path."""
    session.get("/assessments/")
    action = session.form_action("start")
    answer = session.post(action, session.partial_body("start", "start:begin", "start", "start", {"start:title": title}))
    path = html.unescape(re.search(r'<redirect url="([^"]+)"', answer).group(1))
    session.get(path)
    return path


def assessed(session, title):
    """Starts an assessment, answers the goal, chooses the best-fitting role (with a reason: one answer recommends nothing); returns its page path."""
    path = started(session, title)
    session.post(session.form_action("wizard"), answer_goal(session, "predictive"))
    # the recommendation is a step of its own address, reached by a plain link
    ranked = session.get(path + "&step=recommendation")
    top = re.search(r'data-role="([^"]+)"', ranked).group(1)
    action = session.form_action("wizard")
    session.post(action, session.partial_body("wizard", "wizard:choose", "wizard:choose wizard:role wizard:reason",
                                              "wizard draftArea", {"wizard:role_input": top, "wizard:reason": "Chosen for the benchmark"}))
    session.get(path)
    return path


FACTS = {
    "draft:organisation": "Acme Analytics",
    "draft:workplace": "HYBRID",
    "draft:city": "Berlin",
    "draft:country_input": "DE",
    "draft:salaryMin_input": "70000", "draft:salaryMin_hinput": "70000",
    "draft:salaryMax_input": "90000", "draft:salaryMax_hinput": "90000",
    "draft:currency": "EUR",
}

# the same facts as the draft form's preview script (draft-preview.js) sends them
PREVIEW_FACTS = {
    "organisation": "Acme Analytics", "workplace": "HYBRID", "city": "Berlin", "country": "DE",
    "salaryMinimum": "70000", "salaryMaximum": "90000", "currency": "EUR",
}


def main():
    connections = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    os.makedirs(TARGET, exist_ok=True)
    wizard, preview = [], []
    for n in range(connections):
        session = Session("mark")
        started(session, "Benchmark wizard %d" % n)
        wizard.append((session.form_action("wizard"), session.cookie, answer_goal(session, "both")))
        assessment = re.search(r"[?&]id=(\d+)", assessed(session, "Benchmark draft %d" % n)).group(1)
        preview.append(("/assessments/preview", session.cookie, urllib.parse.urlencode(dict(PREVIEW_FACTS, assessment=assessment))))
    for name, lines in (("wizard-step.tsv", wizard), ("draft-preview.tsv", preview)):
        with open(os.path.join(TARGET, name), "w") as out:
            out.writelines("%s\t%s\t%s\n" % line for line in lines)

    drafter = Session("mark")
    assessed(drafter, "Benchmark description")
    drafted = drafter.post(drafter.form_action("draft"), drafter.partial_body(
        "draft", "draft:draftButton", "draft", "draft", FACTS))
    description = re.search(r'description\.xhtml\?id=(\d+)', html.unescape(drafted))
    if not description:
        sys.exit("bench: drafting gave no description: " + drafted[:400])
    with open(os.path.join(TARGET, "description-id"), "w") as out:
        out.write(description.group(1) + "\n")
    with open(os.path.join(TARGET, "session"), "w") as out:
        out.write(drafter.cookie + "\n")
    print("bench: %d sessions ready, description %s" % (connections, description.group(1)))


if __name__ == "__main__":
    main()
