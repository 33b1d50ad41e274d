# Converts the committed Natural Earth TopoJSON (world-atlas) into one GeoPackage with a layer per
# theme and scale: land_10m, countries_10m, ... GeoPackage has an R-tree index, so reading by
# extent is fast. Lakes and rivers come from GSHHG through GMT (build-water.cmake). Run by CMake at
# build time: cmake -DOGR2OGR=... -DGMT=... -DSRC=... -DOUT=... -P this.
set(tmp ${OUT}.partial.gpkg)
file(REMOVE ${OUT} ${tmp})
get_filename_component(out_dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${out_dir})
# world-atlas holds the land as a single multipolygon: it is split into one feature per polygon,
# so that the R-tree finds the few polygons a map shows instead of all the world's land (reading
# the 1:10m land for the seed map took 70 ms, most of it on coasts far off the map). Countries
# stay whole: a country's name labels all its parts.
foreach(scale 10m 50m 110m)
  foreach(theme countries land)
    if(theme STREQUAL land)
      set(geometry -explodecollections -nlt POLYGON)
    else()
      set(geometry -nlt MULTIPOLYGON)
    endif()
    execute_process(
      COMMAND ${OGR2OGR} -f GPKG -update -append -a_srs EPSG:4326 ${geometry}
              -nln ${theme}_${scale} ${tmp} ${SRC}/countries-${scale}.json ${theme}
      RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "ogr2ogr failed for ${theme}_${scale} (exit ${rc})")
    endif()
  endforeach()
endforeach()
set(GPKG ${tmp})
set(WORK ${out_dir})
include(${CMAKE_CURRENT_LIST_DIR}/build-water.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/build-borders.cmake)
file(RENAME ${tmp} ${OUT})
