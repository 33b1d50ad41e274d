// Tracks read through GDAL/OGR from the fixtures in tests/data/tracks (GPX, KML, GeoJSON,
// Shapefile) and a GeoPackage written here with GDAL.
#include "gdal/ogr_track.hpp"

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "gdal/gdal_dataset.hpp"
#include "support/test_support.hpp"
#include "track/track_request.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

fs::path fixture(const char* name) { return test::data_dir() / "tracks" / name; }

/// The first problem's message when reading fails, or "" when it reads.
std::string problem(const TrackRequest& request) {
    try {
        (void)read_track(request);
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics().front().pos.file, request.file.string());
        EXPECT_FALSE(e.diagnostics().front().hint.empty());
        return e.diagnostics().front().message;
    }
    return "";
}

/// A GeoPackage in UTM zone 52N with two lines, "north" and "south".
fs::path write_geopackage(const fs::path& dir) {
    GDALAllRegister();
    const fs::path file = dir / "lines.gpkg";
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference utm;
    utm.importFromEPSG(32652);
    OGRLayer* layer = ds->CreateLayer("patrols", &utm, wkbLineString, nullptr);
    OGRFieldDefn name("name", OFTString);
    EXPECT_EQ(layer->CreateField(&name), OGRERR_NONE);
    for (const auto& [label, northing] : {std::pair{"north", 4000000.0}, {"south", 3900000.0}}) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", label);
        OGRLineString line;
        line.addPoint(500000, northing);  // on the zone's central meridian, 129 E
        line.addPoint(600000, northing);
        feature.SetGeometry(&line);
        EXPECT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
    return file;
}

}  // namespace

TEST(OgrTrack, GpxGivesItsTracksLayerWithSegmentsJoined) {
    const Track t = read_track(test::track_request(fixture("ferry.gpx")));
    EXPECT_TRUE(t.times.empty());  // a line has no times
    // Two segments of three points; the second starts where the first ended.
    ASSERT_EQ(t.points.size(), 5U);
    EXPECT_DOUBLE_EQ(t.points.front().lon, 129.04);
    EXPECT_DOUBLE_EQ(t.points[2].lat, 34.45);
    EXPECT_DOUBLE_EQ(t.points.back().lon, 130.395);
}

TEST(OgrTrack, GpxTrackPointsGiveTimes) {
    const Track t = read_track(test::track_request(fixture("ferry.gpx"), "track_points"));
    ASSERT_EQ(t.points.size(), 6U);
    ASSERT_EQ(t.times.size(), 6U);
    EXPECT_EQ(format_iso(t.times.front()), "2025-03-01T08:00:00Z");
    EXPECT_EQ(format_iso(t.times[3]), "2025-03-01T12:00:00Z");
    EXPECT_EQ(format_iso(t.times.back()), "2025-03-01T16:00:00Z");
}

TEST(OgrTrack, GoogleEarthKmlGivesItsLineNotThePin) {
    const Track t = read_track(test::track_request(fixture("route.kml")));
    ASSERT_EQ(t.points.size(), 4U);
    EXPECT_DOUBLE_EQ(t.points.back().lon, 129.55);
    EXPECT_DOUBLE_EQ(t.points.back().lat, 36.4);
}

TEST(OgrTrack, GoogleEarthKmzReadsAsItsKml) {
    // A KMZ is the KML zipped (doc.kml inside); written here through GDAL's zip writer.
    test::TempDir dir;
    const fs::path kmz = dir.path() / "route.kmz";
    const std::string kml = test::read_file(fixture("route.kml"));
    VSILFILE* out = VSIFOpenL(("/vsizip/" + kmz.string() + "/doc.kml").c_str(), "wb");
    ASSERT_NE(out, nullptr);
    ASSERT_EQ(VSIFWriteL(kml.data(), 1, kml.size(), out), kml.size());
    ASSERT_EQ(VSIFCloseL(out), 0);
    const Track zipped = read_track(test::track_request(kmz));
    const Track plain = read_track(test::track_request(fixture("route.kml")));
    ASSERT_EQ(zipped.points.size(), plain.points.size());
    for (std::size_t i = 0; i < plain.points.size(); ++i) {
        EXPECT_DOUBLE_EQ(zipped.points[i].lon, plain.points[i].lon) << i;
        EXPECT_DOUBLE_EQ(zipped.points[i].lat, plain.points[i].lat) << i;
    }
}

TEST(OgrTrack, HeightsAndMeasuresAreIgnored) {
    // A LineStringZM (height and a measure at each vertex), in degrees.
    GDALAllRegister();
    test::TempDir dir;
    const fs::path file = dir.path() / "zm.gpkg";
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    {
        std::unique_ptr<GDALDataset> ds(
            driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer* layer = ds->CreateLayer("measured", &wgs84, wkbLineStringZM, nullptr);
        OGRFeature feature(layer->GetLayerDefn());
        OGRLineString line;
        line.addPoint(129.5, 35.1, 120.0, 0.0);
        line.addPoint(130.0, 35.6, 80.0, 55.5);
        line.addPoint(131.2, 36.0, 0.0, 140.25);
        feature.SetGeometry(&line);
        ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
    const Track t = read_track(test::track_request(file));
    ASSERT_EQ(t.points.size(), 3U);
    EXPECT_TRUE(t.times.empty());
    EXPECT_NEAR(t.points[0].lon, 129.5, 1e-12);
    EXPECT_NEAR(t.points[0].lat, 35.1, 1e-12);
    EXPECT_NEAR(t.points[2].lon, 131.2, 1e-12);
    EXPECT_NEAR(t.points[2].lat, 36.0, 1e-12);
}

TEST(OgrTrack, GeoJsonMultiLineIsJoinedAndHeightIgnored) {
    const Track t =
        read_track(test::track_request(fixture("convoy.geojson"), "", "name = 'Convoy'"));
    ASSERT_EQ(t.points.size(), 4U);
    EXPECT_DOUBLE_EQ(t.points[1].lon, 127.0);
    EXPECT_DOUBLE_EQ(t.points[3].lat, 38.0);
}

TEST(OgrTrack, ShapefileInWebMercatorIsReprojected) {
    const Track t = read_track(test::track_request(fixture("convoy-3857.shp")));
    ASSERT_EQ(t.points.size(), 4U);
    EXPECT_NEAR(t.points[0].lon, 126.0, 1e-7);
    EXPECT_NEAR(t.points[0].lat, 37.0, 1e-7);
    EXPECT_NEAR(t.points[3].lon, 129.0, 1e-7);
}

TEST(OgrTrack, GeoPackageLayerPickedByFilterAndReprojected) {
    test::TempDir dir;
    const fs::path file = write_geopackage(dir.path());
    EXPECT_EQ(problem(test::track_request(file)),
              "2 line features match, not one (layer 'patrols': 2)");
    const Track t = read_track(test::track_request(file, "patrols", "name = 'south'"));
    ASSERT_EQ(t.points.size(), 2U);
    EXPECT_NEAR(t.points[0].lon, 129.0, 1e-9);
    EXPECT_NEAR(t.points[0].lat, 35.24, 0.01);  // 3900 km north of the equator
}

TEST(OgrTrack, ProblemsNameTheirCause) {
    EXPECT_EQ(problem(test::track_request(fixture("convoy.geojson"))),
              "2 line features match, not one (layer 'convoy': 2)");
    EXPECT_EQ(problem(test::track_request(fixture("convoy.geojson"), "", "name = 'Nobody'")),
              "no line geometry where name = 'Nobody'");
    EXPECT_EQ(problem(test::track_request(fixture("ferry.gpx"), "trakcs")), "no layer 'trakcs'");
    EXPECT_EQ(problem(test::track_request(fixture("ferry.gpx"), "waypoints")), "no line geometry");
    EXPECT_NE(problem(test::track_request(fixture("convoy.geojson"), "", "nmae = 'x'"))
                  .find("GDAL cannot use the filter 'nmae = 'x'' on layer 'convoy'"),
              std::string::npos);
    EXPECT_EQ(problem(test::track_request(fixture("ferry.gpx"), "", "", {}, 3)),
              "more than 3 positions, the limit for one track");
    test::TempDir dir;
    const fs::path text = dir.path() / "notes.kml";
    std::ofstream(text) << "not a track at all\n";
    EXPECT_EQ(problem(test::track_request(text)).rfind("GDAL cannot open it as a vector file", 0),
              0U);
}

TEST(OgrTrack, GdalMessagesNamingAPathThatIsItsOwnFileNameAreQuoted) {
    // Run from the file's folder, the path is the bare name, and GDAL's KML parser quotes it.
    test::TempDir dir;
    std::ofstream(dir.path() / "notes.kml") << "not a track at all\n";
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    const std::string message = problem(test::track_request("notes.kml"));
    fs::current_path(before);
    EXPECT_NE(message.find("(ERROR parsing kml notes.kml"), std::string::npos) << message;
}

TEST(OgrTrack, CoordinatesOutOfRangeWithoutACrsAreReported) {
    test::TempDir dir;
    const fs::path file = dir.path() / "metres.geojson";
    std::ofstream(file) << R"({"type": "FeatureCollection", "features": [{"type": "Feature",)"
                        << R"( "properties": {}, "geometry": {"type": "LineString",)"
                        << R"( "coordinates": [[14026255, 4439106], [14360214, 4579425]]}}]})";
    EXPECT_EQ(problem(test::track_request(file)),
              "position (14026255, 4439106) of feature 0 of layer 'metres' is not a longitude and "
              "latitude");
}

TEST(OgrTrack, PointTimesMustIncrease) {
    test::TempDir dir;
    const fs::path file = dir.path() / "points.geojson";
    std::ofstream(file) << R"({"type": "FeatureCollection", "features": [)"
                        << R"({"type": "Feature", "properties": {"time": "2025-03-01T02:00:00Z"},)"
                        << R"( "geometry": {"type": "Point", "coordinates": [129, 35]}},)"
                        << R"({"type": "Feature", "properties": {"time": "2025-03-01T01:00:00Z"},)"
                        << R"( "geometry": {"type": "Point", "coordinates": [130, 34]}}]})";
    EXPECT_EQ(problem(test::track_request(file)),
              "time 2025-03-01T01:00:00Z of feature 1 is not after the one before it "
              "(2025-03-01T02:00:00Z)");
}

TEST(OgrTrackContainment, AVrtIsRefusedWhateverItPointsAt) {
    test::TempDir dir;
    const fs::path file = dir.path() / "outside.vrt";
    std::ofstream(file) << "<OGRVRTDataSource><OGRVRTLayer name=\"passwd\">"
                           "<SrcDataSource>/etc/passwd</SrcDataSource>"
                           "</OGRVRTLayer></OGRVRTDataSource>\n";
    EXPECT_EQ(problem(test::track_request(file)),
              "GDAL reads it as VRT - Virtual Datasource (OGR_VRT), a format geotimeline does not "
              "read tracks from: it can name other files and URLs");
}

TEST(OgrTrackContainment, AShapefileCompanionLinkedOutsideIsRefused) {
    test::TempDir dir;
    fs::create_directory(dir.path() / "in");
    for (const char* ext : {".shp", ".shx", ".prj"}) {
        fs::copy_file(fixture((std::string("convoy-3857") + ext).c_str()),
                      dir.path() / "in" / (std::string("convoy-3857") + ext));
    }
    fs::copy_file(fixture("convoy-3857.dbf"), dir.path() / "elsewhere.dbf");
    fs::create_symlink(dir.path() / "elsewhere.dbf", dir.path() / "in" / "convoy-3857.dbf");
    TrackRequest request = test::track_request(dir.path() / "in" / "convoy-3857.shp");
    request.root = dir.path() / "in";
    EXPECT_EQ(problem(request),
              "its companion file convoy-3857.dbf leads outside the scenario's folder");
}

TEST(OgrTrackContainment, GdalMakesNoHttpRequest) {
    register_gdal_drivers();
    CPLHTTPResult* result = CPLHTTPFetch("http://127.0.0.1:9/track.geojson", nullptr);
    ASSERT_NE(result, nullptr);
    EXPECT_NE(result->nStatus, 0);
    ASSERT_NE(result->pszErrBuf, nullptr);
    EXPECT_STREQ(result->pszErrBuf, "network access is off in geotimeline");
    CPLHTTPDestroyResult(result);
    EXPECT_STREQ(CPLGetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", ""), "TRUE");
}

}  // namespace gt
