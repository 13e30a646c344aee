"""Mail scenario content (set g): a Tuesday's mbox at a refrigerated freight company in Sao
Paulo, with a thread in which a customer's cold chain audit moves to another day and time, a
breakdown thread whose place and return time are corrected, unopened tyre quote, toll invoice
and inspection mails; and the dispatch chat log with corrections (a deploy time, a pallet
count)."""

from __future__ import annotations

from ..constants import HOLD

OWNER = "Renata Okamoto <renata.okamoto@rotasul.example>"
MESSAGE_ID_DOMAIN = "rotasul.example"
MUTTRC = (
    "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
    'set sort=threads\nset sort_aux=date-sent\nset date_format="%d/%m/%y %H:%M"\n'
    'set index_format="%4C %Z %-15.15D %-26.26F %s"\nset pager_index_lines=6\n'
    "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
    "ignore *\nunignore Date: From: To: Subject:\nhdr_order Date: From: To: Subject:\n"
)
MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        7 * 60 + 48,
        "Paula Henriques",
        "paula.henriques@serraazul.example",
        "Cold chain audit - Wednesday 25/11",
        None,
        "Good morning Renata,\n\n"
        "Confirming our cold chain audit of Rota Sul for Wednesday 25/11 at 09:00\n"
        "at the Jundiai plant, gate 2. Please bring the October reefer logs for\n"
        "RS-09 and RS-16. It should take about an hour.\n\n"
        "Paula Henriques\nQuality assurance, Laticinios Serra Azul\n",
    ),
    (
        9 * 60 + 15,
        "Diego Figueiredo",
        "diego.figueiredo@rotasul.example",
        "Re: Cold chain audit - Wednesday 25/11",
        0,
        "Renata,\n\nTake the RS-07 logs as well, Marcos did three Serra Azul runs in October.\n"
        "I can't go on Wednesday, I'm at the ANTT office with RS-02 all morning.\n\nDiego\n",
    ),
    (
        10 * 60 + 2,
        "Pneus Bandeirante vendas",
        "vendas@pneusbandeirante.example",
        "Quote 7781 - 295/80 R22.5 drive tyres",
        None,
        "Quote 7781: 295/80 R22.5 drive tyres, R$ 2,140.00 each, fitted, valid\n"
        "until 04/12. Delivery to the Guarulhos yard in two working days.\n",
    ),
    (
        11 * 60 + 30,
        "Wellington Ramos",
        "wellington.ramos@rotasul.example",
        "RS-14 tyre on the Anchieta",
        None,
        "Renata,\n\n"
        "RS-14 blew the rear left tyre on the Anchieta at km 32 around 10:50. Paulo is\n"
        "fine. I fitted the spare; the truck should be back at the yard by 18:00.\n"
        "Cost so far R$ 1,480.00 (tyre and call-out). The Santos load went on RS-16.\n\n"
        "Wellington Ramos\nFleet maintenance\n",
    ),
    (
        13 * 60 + 40,
        "Paula Henriques",
        "paula.henriques@serraazul.example",
        "Re: Cold chain audit - Wednesday 25/11",
        1,
        "Hello Renata,\n\n"
        "Change of plan, sorry: our QA manager has to be in Campinas on Wednesday, so\n"
        "the audit moves to Thursday 26/11 at 15:00, same place, gate 2. Please still\n"
        "bring the October logs for RS-07, RS-09 and RS-16.\n\n"
        "Paula\n",
    ),
    (
        14 * 60 + 20,
        "PassaRapido billing",
        "billing@passarapido.example",
        "Toll tag invoice 11/2026 - Rota Sul",
        None,
        "Your toll tag invoice for November is ready: R$ 3,918.44 for 8 tags,\n"
        "due 05/12/2026. Invoice number PR-2026-118204.\n",
    ),
    (
        16 * 60 + 5,
        "Paulo Henrique Souza",
        "paulo.souza@rotasul.example",
        "Re: RS-14 tyre on the Anchieta",
        3,
        "Small correction to Wellington's mail: it was km 23, not km 32, just before\n"
        "the Imigrantes link. RS-14 was back in the yard at 17:20.\n\nPaulo\n",
    ),
    (
        17 * 60 + 35,
        "ANTT inspection centre Guarulhos",
        "agendamento@inspecao-gru.example",
        "Inspection booked: BRA-3F19, 25/11 09:00",
        None,
        "Your inspection for plate BRA-3F19 is booked for 25/11/2026 at 09:00,\n"
        "lane 3. Bring the CRLV and the tachograph certificate. Protocol 55-90412.\n",
    ),
]
CHAT_CHANNEL = "#dispatch-gru"
CHAT_DIR = "chatlogs"
CHAT_FILE = "dispatch-gru.log"
CHAT_OPENED = "07:02:41"
CHAT = [
    ("07:10", "thiago", "morning, handover: RS-09 left for Curitiba 05:40, reefer fine at +4"),
    ("07:22", "renata", "thiago: thanks, I have the desk until 19:00"),
    ("08:05", "marcos", "RS-07 loaded at dock 2, leaving for Campinas 08:20"),
    ("08:40", "juliana", "planner deploy tonight at 22:00, about 10 min downtime"),
    ("09:02", "diego", "fleet review today 14:30 in the small meeting room"),
    ("10:12", "wellington", "RS-14 blew a tyre on the Anchieta, on my way"),
    ("10:31", "renata", "wellington: ok, moving the Santos load to RS-16"),
    ("11:05", "marcio", "stuck on the Castello Branco km 58, roadworks, 40 min at least"),
    ("12:10", "juliana", "correction: the deploy is at 23:00, not 22:00"),
    ("12:47", "paulo", "spare is on, RS-14 heading back to the yard"),
    ("13:30", "diego", "fleet review is in the big room, the small one is taken"),
    ("14:55", "bruna", "dock 4 pallet jack is broken again, loading at dock 3"),
    ("15:20", "renata", "Serra Azul audit moved to Thu 15:00, I'll bring the RS-07/09/16 logs"),
    ("15:42", "marcio", "finally at Sorocaba, unloaded 22 pallets"),
    ("16:10", "marcio", "sorry, 24 pallets, not 22"),
    ("17:05", "joao", "RS-12 alternator light is on, keeping an eye on it"),
    ("18:20", "thiago", "I'll be in at 19:00 for the night shift"),
    ("19:05", "wellington", "RS-12 stopped at Dutra km 211, tow booked for 20:30"),
]
CHAT_ROWS = 21
CHAT_TERMINAL = (92, "+560+660", "dark", 10)
MUTT_TERMINAL = ("118x44+0+0", "light", 9)
# Threaded index: 1 Paula's audit mail, 2 Diego's reply, 3 Paula's change, 4 Pneus quote,
# 5 Wellington's tyre mail, 6 Paulo's correction, 7 PassaRapido invoice, 8 ANTT booking. The
# quote, invoice and inspection mails are never opened.
READS_BEFORE_CHAT: list[tuple[list[str], int, str, float]] = [
    (["Return"], 0, "reading Paula's audit mail", HOLD),
    (["j"], 1, "reading Diego's reply", 20),
    (["j"], 4, "reading Paula's change of plan", 20),
]
READS_AFTER_CHAT: list[tuple[list[str], int, str, float]] = [
    (["i", "5 Return", "Return"], 3, "reading Wellington's tyre mail", 20),
    (["j"], 6, "reading Paulo's correction", 15),
]
