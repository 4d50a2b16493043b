# SPDX-License-Identifier: GPL-3.0-or-later
# What a Debian package of Muster installs beyond the three programs, and how CPack builds it
# (`make package`; the package test in tests/package/ installs and removes it).
#
# The relay's system files (/lib/systemd/system, /etc/default) are absolute paths outside any
# prefix: they form the component "system", which only the package installs, so that a
# developer's `cmake --install` into a home directory never tries to write there.
include(GNUInstallDirs)

set(MUSTER_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(MUSTER_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/muster)

install(FILES ${MUSTER_PACKAGING_DIR}/org.muster.Muster.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${MUSTER_PACKAGING_DIR}/org.muster.Muster.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${MUSTER_PACKAGING_DIR}/org.muster.Muster.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Man pages and the changelog, compressed as Debian's policy asks (gzip -9n: no name, no time,
# so the package's bytes do not depend on when it was built).
set(muster_gzipped "")
foreach(page muster muster-relay musterctl)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/packaging/${page}.1.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
        COMMAND gzip -9nc ${MUSTER_PACKAGING_DIR}/man/${page}.1 > ${out}
        DEPENDS ${MUSTER_PACKAGING_DIR}/man/${page}.1 VERBATIM)
    list(APPEND muster_gzipped ${out})
    install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
set(changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${changelog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
    COMMAND gzip -9nc ${MUSTER_PACKAGING_DIR}/debian/changelog > ${changelog}
    DEPENDS ${MUSTER_PACKAGING_DIR}/debian/changelog VERBATIM)
add_custom_target(muster_packaging_files ALL DEPENDS ${muster_gzipped} ${changelog})
install(FILES ${changelog} ${MUSTER_PACKAGING_DIR}/debian/copyright DESTINATION ${MUSTER_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${PROJECT_SOURCE_DIR}/docs/deploy.md
              ${PROJECT_SOURCE_DIR}/docs/musterctl.md ${PROJECT_SOURCE_DIR}/docs/protocol.md
        DESTINATION ${MUSTER_DOC_DIR})

install(FILES ${MUSTER_PACKAGING_DIR}/muster-relay.service DESTINATION /lib/systemd/system
        COMPONENT system EXCLUDE_FROM_ALL)
install(FILES ${MUSTER_PACKAGING_DIR}/muster-relay.default DESTINATION /etc/default RENAME muster-relay
        COMPONENT system EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
# One package holding everything: the default component and, named explicitly because it is
# left out of a plain install, the system files.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};Muster;Unspecified;/;${CMAKE_BINARY_DIR};Muster;system;/")
set(CPACK_PACKAGE_NAME muster)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The Muster developers <maintainers@muster.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "incident command center for on-call and SRE teams")
set(CPACK_PACKAGE_DESCRIPTION "Muster keeps the picture of a production incident on every responder's
machine: open incidents and their severity, who is Incident Commander and
who holds the other roles, the communication log, runbook steps,
stakeholder updates and follow-up actions. It works offline and syncs a
team through a small relay, muster-relay, which this package also holds
with a systemd unit, and musterctl for scripts and chat bots.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps sees the libraries the programs link; these are loaded at run time (QML
# modules, the SQLite driver, platform, TLS and SVG plugins) or used by the maintainer scripts.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, libqt6sql6-sqlite, libqt6svg6, qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qtcharts")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${MUSTER_PACKAGING_DIR}/debian/postinst ${MUSTER_PACKAGING_DIR}/debian/prerm
    ${MUSTER_PACKAGING_DIR}/debian/postrm
    ${MUSTER_PACKAGING_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
