"""Content set m (``--content m``): the same scenarios as ``content/`` with a thirteenth
person's afternoon (the maintenance planner of a wind farm in the Mbaruk hills, Kenya, the day
before a crane lift on turbine WTG-71: turbines with near-identical ids, crews led by Baraka
and Barasa Mwangi, a service-rules library, a turbine board, a maintenance wiki, mail, chat
and forms), for blind held-out questions. Same module and constant names as ``content/``."""
