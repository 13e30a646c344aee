"""Console scenario content (set l): a small Ruby library for a trekking agency (park and
permit fees, the Manaslu restricted area permit, acclimatisation rules, porter loads) whose
specs run under RSpec in documentation format (green passing examples, red FAILED ones with
their numbered failures, a yellow PENDING one, cyan backtrace and comment lines, a red
summary), a Python trail board printing the groups in the field (a medevac row in bright white
on red, bold yellow WEATHER HOLD, green ON TRAIL, cyan ACCLIMATISING, red DELAYED, blue
READY, magenta AWAITING PERMIT, grey COMPLETED, a bold blue summary) and an itineraries
repository shown with ``git log`` (ISO dates with 24-hour times, authors cut to 14 columns so
that "Pasang Lhamu Sherpa" and "Pasang Lhamu Tamang" look alike) and a coloured ``git show``
patch."""

from __future__ import annotations

from ..constants import HOLD

TREKCALC_RB = """# trekcalc: permit fees, acclimatisation and porter loads for Saligram Treks.
module Trekcalc
  # Park and conservation area entry fees, NPR per person (foreigners / SAARC).
  ENTRY_FEES_NPR = {
    "Sagarmatha NP" => { foreign: 3000, saarc: 1500 },
    "Khumbu Pasang Lhamu RM" => { foreign: 2000, saarc: 2000 },
    "ACAP" => { foreign: 3000, saarc: 1000 },
    "Langtang NP" => { foreign: 3000, saarc: 1500 },
  }.freeze

  PORTER_MAX_LOAD_KG = 30

  def self.entry_fee(area, nationality)
    ENTRY_FEES_NPR.fetch(area).fetch(nationality)
  end

  # Manaslu restricted area permit, USD: the first week flat, then per day.
  def self.manaslu_rap_usd(days, month)
    autumn = (9..11).cover?(month)
    week, per_day = autumn ? [100, 10] : [75, 10]
    days <= 7 ? week : week + (days - 7) * per_day
  end

  # Above 3000 m, sleep no more than 500 m higher than the night before.
  def self.max_sleep_gain_m(sleep_altitude_m)
    sleep_altitude_m < 3000 ? nil : 500
  end

  def self.rest_day_needed?(gained_since_rest_m)
    gained_since_rest_m >= 1000
  end

  def self.porter_load_ok?(kg)
    kg <= PORTER_MAX_LOAD_KG
  end

  def self.porters_needed(total_kg)
    (total_kg / PORTER_MAX_LOAD_KG.to_f).ceil
  end
end
"""
PERMITS_SPEC = """require_relative "../lib/trekcalc"

RSpec.describe "Entry fees" do
  it "charges foreigners NPR 3000 for Sagarmatha NP" do
    expect(Trekcalc.entry_fee("Sagarmatha NP", :foreign)).to eq(3000)
  end

  it "charges SAARC trekkers NPR 1000 for ACAP" do
    expect(Trekcalc.entry_fee("ACAP", :saarc)).to eq(1000)
  end

  it "charges the Khumbu rural municipality fee of NPR 2000" do
    expect(Trekcalc.entry_fee("Khumbu Pasang Lhamu RM", :foreign)).to eq(2000)
  end
end

RSpec.describe "Manaslu restricted area permit" do
  it "is USD 100 for 7 days in November" do
    expect(Trekcalc.manaslu_rap_usd(7, 11)).to eq(100)
  end

  it "is USD 145 for 10 days in November" do
    expect(Trekcalc.manaslu_rap_usd(10, 11)).to eq(145)
  end
end

RSpec.describe "TIMS card" do
  it "costs NPR 2000 per trekker" do
    skip "TIMS rules for 2027 not published by NTB yet"
  end
end
"""
ALTITUDE_SPEC = """require_relative "../lib/trekcalc"

RSpec.describe "Acclimatisation" do
  it "has no limit below 3000 m" do
    expect(Trekcalc.max_sleep_gain_m(2860)).to be_nil
  end

  it "allows 500 m a night above 3000 m" do
    expect(Trekcalc.max_sleep_gain_m(3440)).to eq(500)
  end

  it "wants a rest day after 1000 m of gain" do
    expect(Trekcalc.rest_day_needed?(1080)).to be(true)
  end

  it "converts the Gorak Shep altitude to feet" do
    expect(Trekcalc.metres_to_feet(5164)).to eq(16942)
  end
end
"""
PORTERS_SPEC = """require_relative "../lib/trekcalc"

RSpec.describe "Porter loads" do
  it "accepts a 22 kg load" do
    expect(Trekcalc.porter_load_ok?(22)).to be(true)
  end

  it "refuses a 27 kg load (welfare policy rev. 3)" do
    expect(Trekcalc.porter_load_ok?(27)).to be(false)
  end

  it "needs 3 porters for 70 kg of kit" do
    expect(Trekcalc.porters_needed(70)).to eq(3)
  end
end
"""
TRAILBOARD = r'''#!/usr/bin/env python3
"""trailboard: groups in the field, from the guides' sat-phone check-ins."""

import argparse
import sys

GROUPS = [
    # group, trek, guide, pax, day, location, altitude (m), status, note
    ("EBC-1119", "Everest BC", "Dawa Tamang", "5", "9/14", "Lobuche", "4940", "ON TRAIL",
     "Gorak Shep and EBC tomorrow"),
    ("EBC-1122", "Everest BC", "Lakpa Sherpa", "4", "4/14", "Namche Bazaar", "3440",
     "ACCLIMATISING", "rest day, Everest View hike"),
    ("ABC-1121", "Annapurna BC", "Bikash Gurung", "8", "5/10", "Deurali", "3200",
     "WEATHER HOLD", "snow above MBC, hold till 7 a.m."),
    ("MNS-1115", "Manaslu", "Pasang Lama", "4", "9/15", "Samdo", "3875", "MEDEVAC",
     "1 pax flown out 24/11 (HAPE), 3 continue"),
    ("LNG-1124", "Langtang", "Kamal Rai", "3", "1/8", "Betrawati", "620", "DELAYED",
     "landslide, jeep 4 hrs late"),
    ("EBC-1126", "Everest BC", "Ngima Sherpa", "7", "0/14", "Kathmandu", "1400", "READY",
     "jeep 1:30 a.m. to Ramechhap"),
    ("MUS-1126", "Upper Mustang", "Tenzing Bhote", "2", "0/12", "Kathmandu", "1400",
     "AWAITING PERMIT", "RAP at Immigration Thu 11 a.m."),
    ("EBC-1108", "Everest BC", "Mingma Dolma", "7", "14/14", "Lukla", "2860", "COMPLETED",
     "fly out Thu 8:05 a.m."),
]
STYLE = {"ON TRAIL": "32", "ACCLIMATISING": "36", "WEATHER HOLD": "1;33", "MEDEVAC": "97;41",
         "DELAYED": "31", "READY": "34", "AWAITING PERMIT": "35", "COMPLETED": "90"}


def main():
    ap = argparse.ArgumentParser(prog="trailboard")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("trailboard 2.3  Saligram Treks - groups in the field, Wed 25 Nov 2026"
          "  (sat-phone check-in 3:05 p.m.)")
    print(paint("1", f"{'GROUP':<10}{'TREK':<15}{'GUIDE':<15}{'PAX':<5}{'DAY':<7}"
                     f"{'LOCATION':<15}{'ALT m':<7}{'STATUS':<17}NOTE"))
    for group, trek, guide, pax, day, where, alt, status, note in GROUPS:
        left = f"{group:<10}{trek:<15}{guide:<15}{pax:<5}{day:<7}{where:<15}{alt:<7}"
        if status == "MEDEVAC":
            print(paint(STYLE[status], left + f"{status:<17}{note}"))
        else:
            print(left + paint(STYLE[status], f"{status:<17}") + note)
    print(paint("1;34", "8 groups: 1 on trail, 1 acclimatising, 1 weather hold, 1 medevac,"
                        " 1 delayed, 2 in Kathmandu, 1 done")
          + "  |  duty: Anil Shrestha, +977 980 555 0100")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "trekcalc": {
        "Gemfile": 'source "https://rubygems.org"\n\ngem "rspec", "~> 3.12"\n',
        "README.md": "# trekcalc\n\nPermit fees, acclimatisation and porter loads.\n",
        "lib/trekcalc.rb": TREKCALC_RB,
        "spec/permits_spec.rb": PERMITS_SPEC,
        "spec/altitude_spec.rb": ALTITUDE_SPEC,
        "spec/porters_spec.rb": PORTERS_SPEC,
        "groups/EBC-1126.yml": "group: EBC-1126\npax: 7\nguide: Ngima Sherpa\nporters: 4\n",
        "groups/GKY-1125.yml": "group: GKY-1125\npax: 3\nguide: Mingma Dorje\nporters: 2\n",
        "quote.sh": "#!/bin/sh\n# quote.sh: a trek quote in USD\nruby -Ilib -e 'puts 0' \"$@\"\n",
    },
    "trailboard": {
        "trailboard": TRAILBOARD,
        "checkins.csv": "group,time,by\nEBC-1119,15:05,sat-phone\n",
    },
    "itineraries": None,
}
EXECUTABLES = {"trekcalc": ["quote.sh"], "trailboard": ["trailboard"]}
SYMLINKS = {"trekcalc": {"next-group": "groups/EBC-1126.yml"}}
REPO_AUTHOR = ("Sushmita Gurung", "sushmita.gurung@saligramtreks.example")
REPO_EMAIL_DOMAIN = "saligramtreks.example"
REPO_BASE_TIME = (15, 5)
REPO_FILES = {
    "rules/porters.yml": (
        "# Saligram Treks: porter rules\n"
        "max_load_kg: 30\n"
        "sleep_indoors_above_m: 3500\n"
        "insurance: required\n"
    ),
    "itineraries/EBC-14.md": "# Everest Base Camp, 14 days\n\nDay 1 Ramechhap - Lukla - Phakding\n",
    "README.md": "# itineraries\n\nSaligram Treks itineraries and trail rules.\n",
}
REPO_TAG = ("Itineraries autumn 2026", "autumn-2026")
REPO_LAST_COMMIT = (
    "rules/porters.yml",
    "# Saligram Treks: porter rules\n"
    "max_load_kg: 25\n"
    "sleep_indoors_above_m: 3500\n"
    "insurance: required\n"
    "policy: porter welfare checklist rev. 3\n",
    "Porter loads max 25 kg (welfare checklist rev. 3)",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    (
        "main",
        "EBC 14 days with a Dingboche rest day",
        "itineraries/EBC-14.md",
        "Sushmita Gurung",
        40,
    ),
    ("main", "Manaslu circuit, 15 days", "itineraries/MNS-15.md", "Anil Shrestha", 35),
    (
        "feature/tsum",
        "Tsum Valley draft itinerary",
        "itineraries/TSM-12.md",
        "Pasang Lhamu Tamang",
        30,
    ),
    ("feature/tsum", "Tsum permit costs", "itineraries/TSM-12.md", "Pasang Lhamu Sherpa", 26),
    (
        "fix/lukla",
        "Lukla flights from Ramechhap until 15 Dec",
        "rules/flights.txt",
        "Roshan Karki",
        21,
    ),
    ("main", "Itineraries autumn 2026", "VERSION", "Sushmita Gurung", 18),
    ("merge", "Merge branch 'feature/tsum'", "feature/tsum", "Anil Shrestha", 14),
    ("spike/heli-quotes", "Heli quote table draft", "tools/heli.txt", "Ngima Sherpa", 10),
    ("fix/lukla", "No Lukla landings after 11:00 in cloud", "rules/flights.txt", "Roshan Karki", 7),
    ("merge", "Merge branch 'fix/lukla'", "fix/lukla", "Sushmita Gurung", 4),
    ("spike/heli-quotes", "Dhaulagiri Heli rates 2026", "tools/heli.txt", "Ngima Sherpa", 2),
    ("main", "Gokyo: rest day at Machhermo", "itineraries/GKY-12.md", "Pasang Lhamu Tamang", 1),
]
GIT_FORMAT = (
    "'%C(red)%h%C(reset) %C(green)%ad%C(reset) %C(bold blue)%<(14,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=format-local:'%Y-%m-%d %H:%M' --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("trekcalc", "104x70+0+0", "dark", 9),
    "board": ("trailboard", "146x15+850+890", "light", 9),
    "repo": ("itineraries", "146x54+850+0", "light", 9),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -la --color=auto",
        "ls -la --color=always",
        "ls in trekcalc",
        8,
        ["ls"],
    ),
    (
        "board",
        "trailboard",
        "./trailboard",
        "./trailboard --color=always",
        "trail board",
        HOLD,
        ["trailboard"],
    ),
    (
        "tests",
        "rspec",
        "clear; rspec --format documentation",
        "rspec --format documentation --force-color",
        "rspec in trekcalc",
        HOLD,
        ["rspec"],
    ),
    (
        "repo",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in itineraries",
        HOLD,
        ["git_log"],
    ),
    (
        "repo",
        "git_show",
        "git show HEAD",
        "git -c color.ui=always show HEAD",
        "git show in itineraries",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the trail board", HOLD, ["trailboard"]),
    ("tests", None, None, None, "back to the trekcalc tests", 0, ["rspec"]),
]
