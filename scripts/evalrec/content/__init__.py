"""What the recorded programs show: files, pages, appointments, mails, chat, form values."""
