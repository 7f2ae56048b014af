#!/usr/bin/env python3
"""Drives a program in a pseudo-terminal, as a person at the keyboard would.

Usage: pty-drive.py STEPS_JSON -- COMMAND [ARGS...]
STEPS_JSON is a list of [pattern, keys]: wait until the screen output (ANSI codes removed) matches the
regular expression `pattern` after the previous match, then type `keys`. Prints a JSON document with
the whole output, the lines as drawn (`drawn`: broken wherever the cursor moves, to measure widths)
and the exit code. A step that does not match within 20 s ends the run (exit 3).
With PTY_COLUMNS (and PTY_ROWS) in the environment the terminal has that size (else the pty's own).
"""
import fcntl, json, os, pty, re, select, struct, sys, termios, time

ANSI = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r')
# What moves the cursor to another place or erases: each line as drawn ends there (for measuring widths).
MOVES = re.compile(r'\x1b\[[0-9;?]*[ABCDEFGHJKSTfsu]|\r')


def main():
    steps = json.loads(sys.argv[1])
    command = sys.argv[sys.argv.index('--') + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        if os.environ.get('PTY_COLUMNS'):
            size = struct.pack('HHHH', int(os.environ.get('PTY_ROWS', '40')), int(os.environ['PTY_COLUMNS']), 0, 0)
            fcntl.ioctl(0, termios.TIOCSWINSZ, size)
        os.execvp(command[0], command)
    raw = b''
    seen = 0
    failed = None

    def read(timeout):
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    for pattern, keys in steps:
        deadline = time.time() + 20
        while True:
            text = ANSI.sub('', raw.decode('utf-8', 'replace'))
            m = re.search(pattern, text[seen:])
            if m:
                seen += m.end()
                break
            if time.time() > deadline or not read(0.2):
                failed = pattern
                break
        if failed:
            break
        time.sleep(0.05)
        os.write(fd, keys.encode('utf-8'))
    if failed:
        os.kill(pid, 9)
    end = time.time() + 20
    while time.time() < end and read(0.2):
        pass
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    text = raw.decode('utf-8', 'replace')
    drawn = ANSI.sub('', MOVES.sub('\n', text))
    print(json.dumps({'output': ANSI.sub('', text), 'drawn': drawn, 'code': code, 'failedAt': failed}))


main()
