#!/usr/bin/env python3
"""Where are the newest chunks of an H2 MVStore file, and can H2's recovery reach them?

Usage: chunks.py FILE.mv.db
Reads the store header (blocks 0 and 1) and every chunk header/footer in the file (block by block, read only),
then follows what RandomAccessStore.readStoreHeader does after an unclean end: start at the chunk the header
names (or the chunk that ends the file, if newer) and follow each chunk's `next` prediction while the chunk
found there has the next id. Prints the newest valid chunks and whether the newest one is reachable.
"""
import sys

B = 4096


def parse(text):
    d = {}
    for kv in text.split(','):
        if ':' in kv:
            k, v = kv.split(':', 1)
            d[k] = v
    return d


def main(path):
    data = open(path, 'rb').read()
    nblocks = len(data) // B
    hdr = parse(data[:B].split(b'\n')[0].decode('latin-1'))
    chunks = {}
    for b in range(2, nblocks):
        head = data[b * B:b * B + 1024]
        if not head.startswith(b'chunk:'):
            continue
        h = parse(head.split(b'\n')[0].decode('latin-1'))
        try:
            cid, blen = int(h['chunk'], 16), int(h['len'], 16)
            int(h['version'], 16), int(h['time'], 16), int(h.get('next', '0'), 16)
        except (KeyError, ValueError):
            continue  # not a chunk header: data that happens to start with "chunk:", or a torn write
        fpos = (b + blen) * B - 128
        if fpos < 0 or fpos + 128 > len(data):
            continue
        f = parse(data[fpos:fpos + 128].split(b'\n')[0].decode('latin-1'))
        if f.get('chunk') != h['chunk'] or f.get('len') != h['len']:
            continue
        chunks[b] = dict(id=cid, block=b, len=blen, next=int(h.get('next', '0'), 16),
                         version=int(h['version'], 16), time=int(h['time'], 16))
    by_id = {}
    for c in chunks.values():
        if c['id'] not in by_id or c['version'] > by_id[c['id']]['version']:
            by_id[c['id']] = c
    hb, hc = int(hdr.get('block', '0'), 16), int(hdr.get('chunk', '0'), 16)
    print('file %d blocks; store header: chunk %d at block %d, version %d%s' % (
        nblocks, hc, hb, int(hdr.get('version', '0'), 16), ', clean' if 'clean' in hdr else ', not clean'))
    newest = sorted(by_id)[-8:]
    for i in newest:
        c = by_id[i]
        print('  chunk %(id)d block %(block)d len %(len)d next %(next)d time %(time)d' % c)
    start = chunks.get(hb) if chunks.get(hb, {}).get('id') == hc else None
    last = max(chunks.values(), key=lambda c: c['block'] + c['len'], default=None)
    if last and (start is None or last['version'] > start['version']):
        start = last
    limit = last['block'] if last else nblocks
    cur = start
    while cur and cur['next'] and cur['next'] < limit:
        n = chunks.get(cur['next'])
        if not n or n['id'] != cur['id'] + 1 or n['version'] <= cur['version']:
            break
        cur = n
    top = by_id[max(by_id)] if by_id else None
    print('recovery reaches chunk %s; newest valid chunk in the file is %s%s' % (
        cur and cur['id'], top and top['id'],
        '' if not top or not cur or cur['id'] >= top['id'] else ' -> chunks %d..%d are in the file but unreachable'
        % (cur['id'] + 1, top['id'])))


if __name__ == '__main__':
    main(sys.argv[1])
