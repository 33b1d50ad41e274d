# Country layers as each worldview draws them, and the disputed areas each draws dashed, added to
# the basemap GeoPackage `tmp` (included by build-basemap.cmake; needs GMT, OGR2OGR, SRC and tmp).
# Natural Earth (world-atlas) draws the world as it is held; the Digital Chart of the World
# (Debian gmt-dcw, read with GMT) draws it as recognised. Each row of disputed-areas.tsv takes
# the polygons of one country in the first that lie in another country in the second.
set(worldviews un ukraine russia)
set(work ${tmp}.borders)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGV0} failed (exit ${rc}): ${err}")
  endif()
endfunction()

# One DCW country as a CSV row with a WKT multipolygon: GMT writes each polygon as a segment
# of "lon<TAB>lat" lines after a "> name Segment N" header.
function(dcw_country code)
  execute_process(COMMAND ${GMT} coast -E${code} -M OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR text STREQUAL "")
    message(FATAL_ERROR "gmt coast -E${code} -M failed (exit ${rc}); install gmt and gmt-dcw")
  endif()
  string(REGEX REPLACE "\n*>[^\n]*\n" ")),((" text "${text}")
  string(REGEX REPLACE "^\\)\\),|\n+$" "" text "${text}")
  string(REPLACE "\t" " " text "${text}")
  string(REPLACE "\n" "," text "${text}")
  file(WRITE ${work}/dcw_${code}.csv "code,wkt\n${code},\"MULTIPOLYGON(${text})))\"\n")
  run(${OGR2OGR} -f GPKG -update -append -a_srs EPSG:4326 -nln dcw -nlt MULTIPOLYGON -makevalid
      ${work}/work.gpkg ${work}/dcw_${code}.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO)
endfunction()

file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/disputed-areas.tsv rows REGEX "^[^#]")
foreach(row IN LISTS rows)
  string(REPLACE "\t" ";" row "${row}")
  list(GET row 2 code)
  dcw_country(${code})
endforeach()

# SQL on the work GeoPackage (SQLite dialect: SpatiaLite functions), written as layer `name`.
function(sql name text)
  run(${OGR2OGR} -f GPKG -update -append -nln ${name} -nlt MULTIPOLYGON -dialect SQLite
      -sql "${text}" ${work}/work.gpkg ${work}/work.gpkg)
endfunction()

foreach(scale 10m 50m 110m)
  run(${OGR2OGR} -f GPKG -update -append -a_srs EPSG:4326 -nlt MULTIPOLYGON -nln countries_${scale}
      ${work}/work.gpkg ${SRC}/countries-${scale}.json countries)
  foreach(view IN LISTS worldviews)
    set(layer countries_${scale})
    set(disputed "")
    set(i 0)
    foreach(row IN LISTS rows)
      string(REPLACE "\t" ";" row "${row}")
      list(GET row 0 name)
      list(GET row 1 held)
      list(GET row 2 code)
      list(FIND worldviews ${view} column)
      math(EXPR column "${column} + 3")
      list(GET row ${column} owner)
      string(REGEX MATCH "[0-9]+" owner_id "${owner}")
      # The held country's polygons, each marked by whether it lies in the DCW country: the
      # area and what is left are collections of whole Natural Earth polygons, so no geometry
      # is cut (Natural Earth's Russia is not valid enough for GEOS to subtract from).
      if(view STREQUAL un)
        run(${OGR2OGR} -f GPKG -update -append -nlt POLYGON -explodecollections -nln held_${scale}_${i}
            -where "id = '${held}'" ${work}/work.gpkg ${work}/work.gpkg countries_${scale})
        set(inside "ST_Within(ST_PointOnSurface(p.geom), (SELECT geom FROM dcw WHERE code = '${code}'))")
        sql(area_${scale}_${i} "SELECT '${name}' AS name, ST_Multi(ST_Union(p.geom)) AS geom
            FROM held_${scale}_${i} p WHERE ${inside}")
        sql(rest_${scale}_${i} "SELECT ST_Multi(ST_Collect(p.geom)) AS geom
            FROM held_${scale}_${i} p WHERE NOT ${inside}")
      endif()
      set(a "(SELECT geom FROM area_${scale}_${i})")
      if(NOT owner_id STREQUAL held)
        sql(${view}_${scale}_${i} "SELECT id, name, CASE
            WHEN id = '${held}' THEN (SELECT geom FROM rest_${scale}_${i})
            WHEN id = '${owner_id}' THEN ST_Multi(ST_Union(geom, ${a})) ELSE geom END AS geom
            FROM ${layer}")
        set(layer ${view}_${scale}_${i})
      endif()
      # Every area is listed in every view (the footer names the view where one is on the map);
      # `id` says whether this view draws its land boundary dashed.
      if(owner MATCHES "/disputed$")
        set(dashed dashed)
      else()
        set(dashed "")
      endif()
      list(APPEND disputed "SELECT name, '${dashed}' AS id, geom FROM area_${scale}_${i}")
      math(EXPR i "${i} + 1")
    endforeach()
    run(${OGR2OGR} -f GPKG -update -append -nlt MULTIPOLYGON -nln countries_${view}_${scale}
        ${tmp} ${work}/work.gpkg ${layer})
    string(REPLACE ";" " UNION ALL " disputed "${disputed}")
    run(${OGR2OGR} -f GPKG -update -append -nlt MULTIPOLYGON -nln disputed_${view}_${scale}
        -dialect SQLite -sql "${disputed}" ${tmp} ${work}/work.gpkg)
  endforeach()
endforeach()
file(REMOVE_RECURSE ${work})
