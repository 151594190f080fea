#!/usr/bin/env python3
"""Relays one DICOM association between 127.0.0.1 ports and records what each side sends.

Usage: record_pdus.py LISTEN_PORT SCP_PORT PREFIX
Writes PREFIX.scu (the bytes the SCU sent) and PREFIX.scp (the bytes the SCP sent), then exits.
"""
import socket
import sys
import threading


def relay(source, target, path):
    with open(path, "wb") as record:
        while True:
            chunk = source.recv(65536)
            if not chunk:
                break
            record.write(chunk)
            target.sendall(chunk)
    try:
        target.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def main():
    listen_port, scp_port, prefix = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    with socket.create_server(("127.0.0.1", listen_port)) as server:
        scu, _ = server.accept()
    scp = socket.create_connection(("127.0.0.1", scp_port))
    threads = [
        threading.Thread(target=relay, args=(scu, scp, prefix + ".scu")),
        threading.Thread(target=relay, args=(scp, scu, prefix + ".scp")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
