#!/usr/bin/env python3
"""Writes the malformed-input corpus (run once from this directory; needs GDAL's ogr2ogr).

Each file breaks one rule; expected.csv says what `planner import FILE --out PROJECT` must report.
The files are committed, so the tests do not need this script (nor GDAL for the non-shapefile cases).
"""
import os, shutil, struct, subprocess, tempfile, zipfile

def w(name, text, enc="utf-8"):
    with open(name, "wb") as f:
        f.write(text.encode(enc) if isinstance(text, str) else text)

POLY = '{"type":"Polygon","coordinates":[[[121.30,30.20],[121.31,30.20],[121.31,30.21],[121.30,30.20]]]}'
def fc(*features):
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(features) + "\n]}\n"
def feat(props, geom=POLY):
    return '{"type":"Feature","properties":%s,"geometry":%s}' % (props, geom)
OK = feat('{"code":"330282100001","name":"甲村"}')

w("syntax_error.geojson", '{"type":"FeatureCollection","features":[\n' + OK + ',\n{"type":"Feature",\n')
w("not_featurecollection.geojson", '{"type":"Topology","objects":{}}\n')
w("feature_not_object.geojson", fc(OK, "42"))
w("properties_array.geojson", fc(OK, '{"type":"Feature","properties":[1,2],"geometry":null}'))
w("geometry_linestring.geojson", fc(feat('{"code":"1","name":"甲村"}', '{"type":"LineString","coordinates":[[121.3,30.2],[121.4,30.3]]}')))
w("coordinates_text.geojson", fc(OK, feat('{"code":"2","name":"乙村"}', '{"type":"Point","coordinates":["121.3","30.2"]}')))
w("short_ring.geojson", fc(feat('{"code":"1","name":"甲村"}', '{"type":"Polygon","coordinates":[[[121.3,30.2],[121.4,30.3],[121.3,30.2]]]}')))
w("negative_population.geojson", fc(feat('{"code":"1","name":"甲村","人口":-120}')))
w("income_text.geojson", fc(OK, feat('{"code":"2","name":"乙村","operating_income":"about 50万"}')))
w("duplicate_code.geojson", fc(feat('{"code":"7","name":"甲村"}'), feat('{"code":"7","name":"乙村"}')))
w("blank_name.geojson", fc(OK, OK.replace("330282100001", "330282100002").replace("甲村", "  ")))
w("mountain_maybe.geojson", fc(feat('{"code":"1","name":"甲村","山区":"maybe"}')))
w("population_fraction.geojson", fc(feat('{"code":"1","name":"甲村","户籍人口":12.5}')))
w("wan_text.geojson", fc(OK, OK.replace("330282100001", "2"), feat('{"code":"3","name":"丙村","经营性收入(万元)":"十二"}')))
w("unknown_epsg.geojson", '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::99999"}},"features":[' + OK + "]}\n")
w("projected_without_crs.geojson", fc(feat('{"code":"1","name":"甲村"}', '{"type":"Point","coordinates":[40500000,3340000]}')))
w("no_code_or_name.geojson", fc(feat('{"id":"1","title":"甲村"}')))

w("bad_wkt.csv", 'code,name,wkt\n1,甲村,POINT (121.3 30.2)\n2,乙村,"POLYGON ((121.3 30.2, 121.4))"\n')
w("bad_lon.csv", "code,name,lon,lat\n1,甲村,东经121度,30.2\n")
w("too_many_cells.csv", "code,name\n1,甲村\n2,乙村\n3,丙村,多余\n")
w("open_quote.csv", 'code,name\n1,甲村\n2,"乙村\n3,丙村\n')
w("negative_income.csv", "代码,村名,集体经济总收入\n1,甲村,100\n2,乙村,-5\n")
w("duplicate_code.csv", "代码,村名\n1,甲村\n2,乙村\n1,丙村\n")
w("blank_code.csv", "代码,村名\n1,甲村\n,乙村\n")
w("empty.csv", "")
w("not_text.csv", b"code,name\n1,\xff\xfe\xff\n")

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "v.geojson")
w(src, fc(feat('{"code":"330282100001","村名":"甲村","人口":100}'), feat('{"code":"330282100002","村名":"乙村","人口":200}'),
          feat('{"code":"330282100003","村名":"丙村","人口":300}')))
def shp(name, source=src, extra=()):
    d = os.path.join(tmp, name)
    os.makedirs(d)
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=GBK", *extra, os.path.join(d, name + ".shp"), source], check=True)
    return d
def take(d, name, exts=("shp", "shx", "dbf", "cpg", "prj")):
    for e in exts:
        p = os.path.join(d, os.path.basename(d) + "." + e)
        if os.path.exists(p):
            shutil.copy(p, name + "." + e)

d = shp("truncated_shp"); take(d, "truncated_shp")
data = open("truncated_shp.shp", "rb").read(); w("truncated_shp.shp", data[:-30])
d = shp("count_mismatch"); take(d, "count_mismatch")
two = os.path.join(tmp, "two.geojson"); w(two, fc(feat('{"code":"1","村名":"甲村","人口":1}'), feat('{"code":"2","村名":"乙村","人口":2}')))
d2 = shp("two", two); shutil.copy(os.path.join(d2, "two.dbf"), "count_mismatch.dbf")
line = os.path.join(tmp, "line.geojson"); w(line, fc(feat('{"code":"1","村名":"甲村"}', '{"type":"LineString","coordinates":[[121.3,30.2],[121.4,30.3]]}')))
d = shp("polyline", line); take(d, "polyline")
d = shp("dbf_bad_number"); take(d, "dbf_bad_number")
dbf = bytearray(open("dbf_bad_number.dbf", "rb").read())
hdr = struct.unpack("<H", dbf[8:10])[0]; reclen = struct.unpack("<H", dbf[10:12])[0]
# the 人口 column is the third: find its offset from the field descriptors
off, at = 1, 32
while dbf[at] != 0x0D:
    name = bytes(dbf[at:at+11]).split(b"\0")[0].decode("gbk"); ln = dbf[at+16]
    if name == "人口": pop_off, pop_len = off, ln
    off += ln; at += 32
start = hdr + reclen * 1 + pop_off
dbf[start:start+pop_len] = b"abc".rjust(pop_len)
w("dbf_bad_number.dbf", bytes(dbf))
d = shp("cpg_says_utf8"); take(d, "cpg_says_utf8"); w("cpg_says_utf8.cpg", "UTF-8")
d = shp("cpg_unknown"); take(d, "cpg_unknown"); w("cpg_unknown.cpg", "KLINGON-1")
shutil.copy("count_mismatch.shp", "missing_dbf.shp"); shutil.copy("count_mismatch.shx", "missing_dbf.shx")
w("not_a_shapefile.shp", b"this is not a shapefile, just text pretending to be one" * 3)
d = shp("unknown_prj"); take(d, "unknown_prj")
w("unknown_prj.prj", 'PROJCS["Beijing_1954_3_Degree_GK_CM_120E",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]')
with zipfile.ZipFile("zip_slip.zip", "w") as z:
    z.writestr("../../outside/villages.shp", b"x" * 120)
with zipfile.ZipFile("zip_without_shp.zip", "w") as z:
    z.writestr("readme.txt", "no shapefile here")
w("zip_broken.zip", b"PK\x03\x04 this zip stops here")

csv = os.path.join(tmp, "x.csv"); w(csv, "代码,村名,经营性收入\n1,甲村,30\n2,乙村,十二万\n")
subprocess.run(["ogr2ogr", "-f", "XLSX", "income_text.xlsx", csv], check=True)
w("broken.xlsx", b"this is not a workbook")
shutil.rmtree(tmp)
