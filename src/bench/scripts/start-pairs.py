#!/usr/bin/env python3
"""start-pairs.py: the empty library's window against the minimal window (MinimalWindow), in pairs, with other JVM
options on each side, to see what a JVM setting does to the ratio the start benchmark reports (issue 16).

  python3 src/bench/scripts/start-pairs.py ROUNDS 'NAME=FLOOR OPTIONS || APP OPTIONS' ...
  e.g. python3 src/bench/scripts/start-pairs.py 9 'tiered=||' 'c1=-XX:TieredStopAtLevel=1 || -XX:TieredStopAtLevel=1'

Needs `mvn -Pbench -DskipTests package` first (target/papershelf.jar and MinimalWindow in target/test-classes),
Xvfb and python3. Every variant gets the launcher's options (pom.xml: -Xmx512m and app.memoryOptions) and then its
own (read from pom.xml). Each round runs every variant once, in random order: the floor with its options, then the app with its options
on an empty library in a throwaway home. A run is timed from spawning java to its probe line (the floor's
`startup-probe shown`, the app's `startup-probe rows`), with the process's CPU time at that moment (user + system).
Printed: each round, then per variant the medians and the medians of the per-pair ratios. The word ARCHIVES in the
options is replaced by a folder with class-data archives the script trains first (app.jsa, floor.jsa), so that
'cds=-XX:SharedArchiveFile=ARCHIVES/floor.jsa || -XX:SharedArchiveFile=ARCHIVES/app.jsa' compares both with an
archive of their own start, as the installed app has. No timing here is asserted anywhere.
"""
import os, random, shutil, statistics, subprocess, sys, tempfile, time, zipfile

# pom.xml's -Xmx${app.maxHeap} ${app.memoryOptions}, read from the pom so that they stay in step.
import re
_pom = open('pom.xml').read()
_props = dict(re.findall(r'<(app\.[A-Za-z]+)>([^<]*)</', _pom))
_mem = re.sub(r'\$\{(app\.[A-Za-z]+)\}', lambda m: _props[m.group(1)], _props['app.memoryOptions'])
LAUNCHER = ['-Xmx' + _props['app.maxHeap']] + _mem.split()
work = tempfile.mkdtemp(prefix='start-pairs.')
jar = os.path.join(work, 'papershelf.jar')
shutil.copy('target/papershelf.jar', jar)  # a copy: an archive is bound to the jar's path and time
floor_jar = os.path.join(work, 'floor.jar')
with zipfile.ZipFile(floor_jar, 'w') as z:
    for name in os.listdir('target/test-classes/io/papershelf/bench'):
        if name.startswith('MinimalWindow'):
            z.write('target/test-classes/io/papershelf/bench/' + name, 'io/papershelf/bench/' + name)
FLOOR = ['-cp', jar + ':' + floor_jar, 'io.papershelf.bench.MinimalWindow']
APP = ['-Dpapershelf.startupProbe=true', '-jar', jar, '--library', 'LIBRARY']
display = random.randint(300, 400)
xvfb = subprocess.Popen(['Xvfb', ':%d' % display, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'],
                        stderr=subprocess.DEVNULL)
while not os.path.exists('/tmp/.X11-unix/X%d' % display):
    time.sleep(0.1)
time.sleep(0.3)


def run(options, main, probe, linger=0.0):
    home = tempfile.mkdtemp(dir=work)
    cmd = ['java'] + LAUNCHER + options + [a.replace('LIBRARY', home + '/library.db') for a in main]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=dict(os.environ, DISPLAY=':%d' % display, HOME=home))
    began, result = time.time(), None
    for line in proc.stdout:
        if line.startswith('startup-probe ' + probe):
            stat = open('/proc/%d/stat' % proc.pid).read().split(')')[1].split()
            result = (int((time.time() - began) * 1000), (int(stat[11]) + int(stat[12])) * 10)
            break
    time.sleep(linger)
    proc.terminate()
    proc.wait()
    shutil.rmtree(home)
    if result is None:
        sys.exit('no probe line from: ' + ' '.join(cmd))
    return result


def options(text):
    return text.replace('ARCHIVES', work).split()


try:
    rounds = int(sys.argv[1])
    variants = [v.split('=', 1) for v in sys.argv[2:]]
    if any('ARCHIVES' in spec for _, spec in variants):  # a start that exits (SIGTERM) writes the archive
        run(['-XX:ArchiveClassesAtExit=' + work + '/app.jsa'], APP, 'rows', 3)
        run(['-XX:ArchiveClassesAtExit=' + work + '/floor.jsa'], FLOOR, 'shown', 3)
    pairs = {name: [] for name, _ in variants}
    for _ in range(rounds):
        shown = []
        for name, spec in random.sample(variants, len(variants)):
            floor_options, app_options = spec.split('||')
            floor = run(options(floor_options), FLOOR, 'shown')
            app = run(options(app_options), APP, 'rows')
            pairs[name].append((floor, app))
            shown.append('%s app %d ms/%d cpu, floor %d/%d' % (name, app[0], app[1], floor[0], floor[1]))
        print(' | '.join(shown), flush=True)
    print('variant: medians of floor and app (wall ms / CPU ms), medians of the per-pair ratios app/floor')
    for name, p in pairs.items():
        med = lambda side, i: statistics.median(x[side][i] for x in p)
        ratio = lambda i: statistics.median(x[1][i] / x[0][i] for x in p)
        print('%-12s floor %5d/%5d  app %5d/%5d  ratio wall %.2f  CPU %.2f'
              % (name, med(0, 0), med(0, 1), med(1, 0), med(1, 1), ratio(0), ratio(1)))
finally:
    xvfb.kill()
    shutil.rmtree(work, ignore_errors=True)
