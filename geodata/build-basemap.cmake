# Converts the committed Natural Earth TopoJSON (world-atlas) into one GeoPackage with a layer per
# theme and scale: land_10m, countries_10m, ... GeoPackage has an R-tree index, so reading by
# extent is fast. Run by CMake at build time: cmake -DOGR2OGR=... -DSRC=... -DOUT=... -P this.
set(tmp ${OUT}.partial.gpkg)
file(REMOVE ${OUT} ${tmp})
get_filename_component(out_dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${out_dir})
foreach(scale 10m 50m 110m)
  foreach(theme countries land)
    execute_process(
      COMMAND ${OGR2OGR} -f GPKG -update -append -a_srs EPSG:4326 -nlt MULTIPOLYGON
              -nln ${theme}_${scale} ${tmp} ${SRC}/countries-${scale}.json ${theme}
      RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "ogr2ogr failed for ${theme}_${scale} (exit ${rc})")
    endif()
  endforeach()
endforeach()
file(RENAME ${tmp} ${OUT})
