# Regenerates src/main/resources/org/vanban/text/legacy/{tcvn3,vni,cp1258}.tsv (development tool, needs glibc iconv).
# Run from the repository root: python3 src/test/resources/org/vanban/text/legacy/gen_tables.py
import subprocess, unicodedata as ud
import sys
out=(sys.argv[1] if len(sys.argv) > 1 else 'src/main/resources/org/vanban/text/legacy') + '/'
def iconv(enc, b):
    r=subprocess.run(['iconv','-f',enc,'-t','UTF-8'],input=bytes([b]),capture_output=True)
    return r.stdout.decode('utf-8') if r.returncode==0 else None
# Vietnamese letters
bases='a ă â e ê i o ô ơ u ư y'.split()
tones=['','\u0300','\u0301','\u0309','\u0303','\u0323']
lower=[]
for b in bases:
    for t in tones:
        ch=ud.normalize('NFC',b+t)
        assert len(ch)==1
        if ch not in 'aeiouy': lower.append(ch)
lower.append('đ')
assert len(lower)==67
# TCVN3 (VN3): positions of glibc TCVN5712-1 (VN1) that hold a lower-case letter or one of the 7 base capitals
caps7='ĂÂÊÔƠƯĐ'
lines=['# TCVN3 (TCVN 5712:1993 VN3, "ABC", .VnTime fonts): byte -> Unicode letter.',
       '# Derived from glibc iconv TCVN5712-1 (the VN1 table), keeping the positions 0xA1-0xFF that hold',
       '# one of the 67 lower-case Vietnamese letters or the capitals A-breve, A/E/O-circumflex, O/U-horn, D-stroke.',
       '# VN3 has no other capitals: upper-case toned letters were typed with the .VnTimeH font on the lower-case codes.',
       '# byte<TAB>code point<TAB>letter']
seen={}
for b in range(0x80,0x100):
    u=iconv('TCVN5712-1',b)
    if u and len(u)==1 and (u in lower or u in caps7):
        lines.append('%02X\tU+%04X\t%s'%(b,ord(u),u)); seen[u]=b
assert len(seen)==74, len(seen)
open(out+'tcvn3.tsv','w').write('\n'.join(lines)+'\n')
# VNI-Windows: base ASCII letter + mark char (same byte in cp1252/Latin-1)
tone_mark={'\u0301':'ù','\u0300':'ø','\u0309':'û','\u0303':'õ','\u0323':'ï'}
circ={'':'â','\u0301':'á','\u0300':'à','\u0309':'å','\u0303':'ã','\u0323':'ä'}
breve={'':'ê','\u0301':'é','\u0300':'è','\u0309':'ú','\u0303':'ü','\u0323':'ë'}
ione={'\u0301':'í','\u0300':'ì','\u0309':'æ','\u0303':'ó','\u0323':'ò'}
def vni_lower(ch):
    d=ud.normalize('NFD',ch)
    if ch=='đ': return 'ñ'
    base=d[0]; rest=d[1:]
    tone=''.join(c for c in rest if c in tones[1:]); vm=''.join(c for c in rest if c not in tones[1:])
    if base=='i': return ione[tone] if tone else 'i'
    if base=='y' and tone=='\u0323': return 'î'
    if vm=='\u0302': return base+circ[tone]
    if vm=='\u0306': return base+breve[tone]
    if vm=='\u031b': return ('ô' if base=='o' else 'ö')+tone_mark.get(tone,'')
    return base+tone_mark.get(tone,'')
lines=['# VNI-Windows (VNI-Times fonts): Unicode letter -> VNI code (an ASCII base letter and/or one mark byte).',
       '# Built from the VNI convention: tone after the vowel: acute F9, grave F8, hook FB, tilde F5, dot EF;',
       '# a-/e-/o-circumflex: E2, with tones E1 E0 E5 E3 E4; a-breve: EA, with tones E9 E8 FA FC EB;',
       '# o-horn F4 and u-horn F6 are single bytes that take the tone bytes; i-tones ED EC E6 F3 F2 and y-dot EE',
       '# are single bytes; d-stroke F1. Capitals use the same base letter upper-cased and the byte minus 0x20.',
       '# letter<TAB>code point<TAB>VNI bytes (hex)']
codes={}
for ch in lower:
    lo=vni_lower(ch)
    up=''.join(c.upper() for c in lo)  # byte-0x20 for the Latin-1 marks
    for L,code in ((ch,lo),(ch.upper(),up)):
        assert code not in codes, (L, code)
        codes[code]=L
        lines.append('%s\tU+%04X\t%s'%(L,ord(L),' '.join('%02X'%ord(c) for c in code)))
assert len(codes)==134
open(out+'vni.tsv','w').write('\n'.join(lines)+'\n')
lines=['# Windows-1258 (CP1258) bytes 0x80-0xFF -> Unicode, as printed by glibc iconv -f CP1258.',
       '# Bytes not listed (81 8A 8D 8E 8F 90 9A 9D 9E) are undefined. CC D2 DE EC F2 are combining tone marks.',
       '# byte<TAB>code point']
for b in range(0x80,0x100):
    u=iconv('CP1258',b)
    if u: lines.append('%02X\tU+%04X'%(b,ord(u)))
open(out+'cp1258.tsv','w').write('\n'.join(lines)+'\n')
