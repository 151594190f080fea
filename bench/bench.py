"""Send the benchmark workloads to TeachingFile, DCMTK storescp and Orthanc and compare them.

Run it through bench/run.sh, which builds the node, generates the workloads and starts this script
in a private network namespace. Every run starts a fresh receiver with an empty data folder, takes
its resident set size (VmRSS) once it responds to C-ECHO, sends one workload with storescu and reads
the peak resident set size (VmHWM) after the last response. The table reports medians over runs.
"""

import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request

CALLING_AE_TITLE = "STORESCU"
SEND_ENVIRONMENT = dict(os.environ, TCP_NODELAY="1")
WORKLOADS = ("ct", "small", "multiframe", "ct-4assoc")
RECEIVERS = ("teachingfile", "storescp", "orthanc")
READY_TIMEOUT_SECONDS = 120
STOP_TIMEOUT_SECONDS = 60
SETTLE_SECONDS = 2.0


class Receiver:
    """One receiving process with a fresh data folder, started and stopped once per run."""

    ae_title = ""

    def __init__(self, run_dir, dicom_port, http_port):
        self.run_dir = run_dir
        self.data_dir = os.path.join(run_dir, "data")
        self.dicom_port = dicom_port
        self.http_port = http_port
        self.process = None
        os.makedirs(self.data_dir)

    def command(self):
        raise NotImplementedError

    def environment(self):
        return dict(os.environ, TCP_NODELAY="1")

    def working_directory(self):
        return self.run_dir

    def start(self):
        log = open(os.path.join(self.run_dir, "receiver.log"), "wb")
        self.process = subprocess.Popen(
            self.command(), cwd=self.working_directory(), env=self.environment(),
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.wait_until_ready()

    def wait_until_ready(self):
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode} while starting; see {self.run_dir}/receiver.log")
            echo = subprocess.run(
                ["echoscu", "-to", "5", "-aet", CALLING_AE_TITLE, "-aec", self.ae_title, "127.0.0.1", str(self.dicom_port)],
                env=SEND_ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if echo.returncode == 0:
                return
            time.sleep(0.5)
        raise RuntimeError(f"{self.name} did not respond to C-ECHO on port {self.dicom_port} within {READY_TIMEOUT_SECONDS} s")

    def memory_kib(self, field):
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        raise RuntimeError(f"{field} missing from /proc/{self.process.pid}/status")

    def cpu_seconds(self):
        """User plus system CPU time of the receiver process so far (fields 14 and 15 of /proc/PID/stat)."""
        with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stored_count(self):
        """Return the number of stored instances and a description of how it was counted."""
        raise NotImplementedError

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def count_files(folder, suffix=""):
    return sum(1 for _, _, files in os.walk(folder) for name in files if name.endswith(suffix))


class TeachingFileReceiver(Receiver):
    name = "teachingfile"
    ae_title = "TEACHFILE"

    def __init__(self, run_dir, dicom_port, http_port, web_dll, extra_environment):
        super().__init__(run_dir, dicom_port, http_port)
        self.web_dll = os.path.abspath(web_dll)
        self.extra_environment = extra_environment

    def command(self):
        return ["dotnet", self.web_dll]

    def working_directory(self):
        return os.path.dirname(self.web_dll)

    def environment(self):
        return dict(
            os.environ,
            ASPNETCORE_ENVIRONMENT="Production",
            Urls=f"http://127.0.0.1:{self.http_port}",
            Storage__Root=self.data_dir,
            Dicom__AeTitle=self.ae_title,
            Dicom__Port=str(self.dicom_port),
            Dicom__Nodes__0__AeTitle=CALLING_AE_TITLE,
            Dicom__Nodes__0__Owner="bench@example.org",
        ) | self.extra_environment

    def stored_count(self):
        files = count_files(os.path.join(self.data_dir, "dicom"), ".dcm")
        with sqlite3.connect(f"file:{self.data_dir}/teachingfile.db?mode=ro", uri=True) as db:
            rows = db.execute("SELECT COUNT(*) FROM Instances").fetchone()[0]
        return min(files, rows), f"{files} files, {rows} rows"


class StorescpReceiver(Receiver):
    name = "storescp"
    ae_title = "STORESCP"

    def command(self):
        return ["storescp", "-aet", self.ae_title, "-od", self.data_dir, str(self.dicom_port)]

    def stored_count(self):
        files = count_files(self.data_dir)
        return files, f"{files} files"


class OrthancReceiver(Receiver):
    name = "orthanc"
    ae_title = "ORTHANC"

    def command(self):
        config = {
            "Name": "bench",
            "StorageDirectory": self.data_dir,
            "IndexDirectory": self.data_dir,
            "DicomAet": self.ae_title,
            "DicomPort": self.dicom_port,
            "HttpPort": self.http_port,
            "RemoteAccessAllowed": False,
            "AuthenticationEnabled": False,
            "Plugins": [],
        }
        path = os.path.join(self.run_dir, "orthanc.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(config, handle, indent=2)
        return ["/usr/sbin/Orthanc", path]

    def stored_count(self):
        url = f"http://127.0.0.1:{self.http_port}/statistics"
        with urllib.request.urlopen(url, timeout=30) as response:
            count = json.load(response)["CountInstances"]
        return count, f"{count} instances in /statistics"


def workload_files(workloads_dir, workload):
    folder = os.path.join(workloads_dir, workload.split("-")[0])
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".dcm"))


def send(workload, files, receiver, run_dir, log_name="storescu"):
    """Run storescu (four at once for ct-4assoc) and return the elapsed seconds."""
    base = ["storescu", "-aet", CALLING_AE_TITLE, "-aec", receiver.ae_title, "127.0.0.1", str(receiver.dicom_port)]
    if workload.endswith("-4assoc"):
        batches = [files[i::4] for i in range(4)]
    else:
        batches = [files]
    started = time.monotonic()
    senders = []
    for index, batch in enumerate(batches):
        log = open(os.path.join(run_dir, f"{log_name}-{index}.log"), "wb")
        senders.append(subprocess.Popen(base + batch, env=SEND_ENVIRONMENT, stdout=log, stderr=subprocess.STDOUT))
        log.close()
    codes = [sender.wait() for sender in senders]
    elapsed = time.monotonic() - started
    if any(codes):
        raise RuntimeError(f"storescu exited with {codes}; see {run_dir}/{log_name}-*.log")
    return elapsed


def make_receiver(name, run_dir, dicom_port, http_port, args):
    if name == "teachingfile":
        extra = dict(setting.split("=", 1) for setting in args.node_env)
        return TeachingFileReceiver(run_dir, dicom_port, http_port, args.web_dll, extra)
    if name == "storescp":
        return StorescpReceiver(run_dir, dicom_port, http_port)
    return OrthancReceiver(run_dir, dicom_port, http_port)


def run_once(args, receiver_name, workload, run_index, port):
    run_dir = os.path.join(args.work, "runs", f"{receiver_name}-{workload}-{run_index}")
    os.makedirs(run_dir)

    files = workload_files(args.workloads, workload)
    total_bytes = sum(os.path.getsize(path) for path in files)
    # Warm-up instances come from the small workload, so for that workload they are resent later.
    warmup = workload_files(args.workloads, "small")[:args.warmup]
    expected = len(set(files) | set(warmup))

    receiver = make_receiver(receiver_name, run_dir, port, port + 1, args)
    try:
        receiver.start()
        if warmup:
            send("small", warmup, receiver, run_dir, "warmup")
        time.sleep(SETTLE_SECONDS)
        rss_before = receiver.memory_kib("VmRSS")
        cpu_before = receiver.cpu_seconds()
        elapsed = send(workload, files, receiver, run_dir)
        cpu = receiver.cpu_seconds() - cpu_before
        peak = receiver.memory_kib("VmHWM")
        stored, detail = receiver.stored_count()
    finally:
        receiver.stop()

    if stored != expected:
        raise RuntimeError(f"{receiver_name} stored {detail} of {expected} instances of {workload}; see {run_dir}")

    return {
        "receiver": receiver_name, "workload": workload, "run": run_index, "instances": len(files),
        "bytes": total_bytes, "seconds": elapsed, "rss_before_kib": rss_before, "peak_rss_kib": peak,
        "stored": detail, "cpu_seconds": cpu,
    }


def median_row(results):
    def median(values):
        return statistics.median(values)

    return {
        "images_per_second": median([r["instances"] / r["seconds"] for r in results]),
        "megabytes_per_second": median([r["bytes"] / r["seconds"] / 1e6 for r in results]),
        "peak_rss_mib": median([r["peak_rss_kib"] / 1024 for r in results]),
        "growth_mib": median([(r["peak_rss_kib"] - r["rss_before_kib"]) / 1024 for r in results]),
        "cpu_ms_per_image": median([r.get("cpu_seconds", 0) * 1000 / r["instances"] for r in results]),
        "wall_ms_per_image": median([r["seconds"] * 1000 / r["instances"] for r in results]),
        "runs": len(results),
    }


def format_table(results, receivers, workloads):
    lines = [
        "| receiver | workload | images/s | MB/s | peak RSS (MiB) | memory growth (MiB) | ms/image | CPU ms/image | runs |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for workload in workloads:
        for receiver in receivers:
            matching = [r for r in results if r["receiver"] == receiver and r["workload"] == workload]
            if not matching:
                continue
            row = median_row(matching)
            lines.append(
                f"| {receiver} | {workload} | {row['images_per_second']:.1f} | {row['megabytes_per_second']:.1f} "
                f"| {row['peak_rss_mib']:.0f} | {row['growth_mib']:.0f} | {row['wall_ms_per_image']:.1f} "
                f"| {row['cpu_ms_per_image']:.1f} | {row['runs']} |")
    return "\n".join(lines)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workloads", required=True, help="folder written by generate.py")
    parser.add_argument("--work", required=True, help="folder for receiver data, logs and results.json")
    parser.add_argument("--web-dll", required=True, help="path of the Release build's TeachingFile.Web.dll")
    parser.add_argument("--runs", type=int, default=3, help="runs per receiver and workload (default 3)")
    parser.add_argument("--receivers", default=",".join(RECEIVERS), help="comma-separated subset of " + ",".join(RECEIVERS))
    parser.add_argument("--only", default=",".join(WORKLOADS), help="comma-separated subset of " + ",".join(WORKLOADS))
    parser.add_argument(
        "--node-env", action="append", default=[], metavar="KEY=VALUE",
        help="extra environment variable for TeachingFile, for example "
        "Logging__LogLevel__TeachingFile.Core.Ingest.IngestService=Debug to log per-instance timings")
    parser.add_argument("--keep", action="store_true", help="keep each run's data folder and logs")
    parser.add_argument(
        "--warmup", type=int, default=0, metavar="N",
        help="first send N instances of the small workload, not timed, so that a JIT-compiled receiver "
        "is measured warm (default 0: every receiver is measured from a cold start)")
    return parser.parse_args()


def main():
    args = parse_arguments()
    receivers = [name for name in args.receivers.split(",") if name]
    workloads = [name for name in args.only.split(",") if name]
    for name in receivers:
        if name not in RECEIVERS:
            sys.exit(f"unknown receiver {name!r}; expected one of {', '.join(RECEIVERS)}")
    for name in workloads:
        if name not in WORKLOADS:
            sys.exit(f"unknown workload {name!r}; expected one of {', '.join(WORKLOADS)}")
    # Run folders are deleted only at the end. On ext4 without a journal, deleting thousands of files
    # slows the next receiver's file creation: for about five minutes the inode allocator skips the
    # inodes just freed, one by one.
    runs_dir = os.path.join(args.work, "runs")
    shutil.rmtree(runs_dir, ignore_errors=True)
    results = []
    port = 20000
    # Receivers alternate within each run so that a busy spell on the machine hits all of them.
    for run_index in range(1, args.runs + 1):
        for workload in workloads:
            for receiver in receivers:
                port += 2
                result = run_once(args, receiver, workload, run_index, port)
                results.append(result)
                print(
                    f"run {run_index} {receiver:12} {workload:10} {result['instances'] / result['seconds']:8.1f} images/s "
                    f"{result['bytes'] / result['seconds'] / 1e6:7.1f} MB/s peak {result['peak_rss_kib'] / 1024:6.0f} MiB "
                    f"growth {(result['peak_rss_kib'] - result['rss_before_kib']) / 1024:6.0f} MiB ({result['stored']})",
                    flush=True)
    with open(os.path.join(args.work, "results.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    if not args.keep:
        shutil.rmtree(runs_dir, ignore_errors=True)
    print()
    print(format_table(results, receivers, workloads))
    return 0


if __name__ == "__main__":
    sys.exit(main())
