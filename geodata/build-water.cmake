# Adds GSHHG lakes and WDBII rivers to the basemap GeoPackage being built (${GPKG}), one layer per
# Natural Earth detail they go with: GSHHG high resolution with 1:10m, intermediate with 1:50m,
# low with 1:110m. GMT exports them as multisegment text; awk turns that into CSV with WKT, which
# ogr2ogr loads. GSHHG stores its shorelines cut into bins, so lake outlines come out in pieces:
# SpatiaLite's ST_Polygonize joins them back into one polygon per lake. Included by
# build-basemap.cmake with GMT, OGR2OGR, GPKG and WORK set.
set(to_csv [=[BEGIN { print "id,WKT" }
/^>/ { if (n > 1) print level ",\"LINESTRING(" s ")\""; n = 0; s = ""; level = $NF; next }
{ s = s (n ? "," : "") $1 " " $2; n++ }
END { if (n > 1) print level ",\"LINESTRING(" s ")\"" }]=])
file(WRITE ${WORK}/to-csv.awk "${to_csv}\n")

function(gmt_lines out_csv)
  execute_process(COMMAND ${GMT} coast -Rd ${ARGN} -M
                  COMMAND awk -f ${WORK}/to-csv.awk
                  OUTPUT_FILE ${out_csv} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gmt coast ${ARGN} failed (exit ${rc})")
  endif()
endfunction()

function(ogr)
  execute_process(COMMAND ${OGR2OGR} ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ogr2ogr ${ARGN} failed (exit ${rc})")
  endif()
endfunction()

foreach(pair "10m;h" "50m;i" "110m;l")
  list(GET pair 0 scale)
  list(GET pair 1 res)
  # Rivers: WDBII levels 1-4 (permanent rivers, major to minor); the level is kept as "id" so the
  # renderer draws only the rivers that matter at the map's scale.
  gmt_lines(${WORK}/rivers.csv -D${res} -Ir)
  ogr(-f GPKG -update -append -a_srs EPSG:4326 -nln rivers_${scale} -nlt LINESTRING
      -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO ${GPKG} ${WORK}/rivers.csv)
  # Lakes: GSHHG level 2 (lakes; level 3, islands in lakes, is left out).
  gmt_lines(${WORK}/lakes.csv -D${res} -A0/2/2 -W)
  file(REMOVE ${WORK}/lakes.gpkg)
  ogr(-f GPKG -a_srs EPSG:4326 -nln pieces -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO
      ${WORK}/lakes.gpkg ${WORK}/lakes.csv)
  ogr(-f GPKG -update -append -a_srs EPSG:4326 -nln lakes_${scale} -nlt POLYGON
      -explodecollections -dialect sqlite -sql "SELECT ST_Polygonize(geom) AS geom FROM pieces"
      ${GPKG} ${WORK}/lakes.gpkg)
endforeach()
file(REMOVE ${WORK}/rivers.csv ${WORK}/lakes.csv ${WORK}/lakes.gpkg ${WORK}/to-csv.awk)
