# Windows: install into one folder with Qt's libraries and plugins beside the
# programs (windeployqt through Qt's deploy script), then `cpack -G NSIS`.
# Not built or tested on this project's Debian machines; see docs/deployment.md.
if(Qt6_VERSION VERSION_LESS 6.5)
    message(WARNING "Windows packages need Qt 6.5 or newer (qt_generate_deploy_app_script)")
    return()
endif()

install(FILES ${OW_QM_FILES} DESTINATION translations)
install(FILES ${OW_SHIPPED_FORMS} DESTINATION forms)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/counter.conf.example DESTINATION .)

foreach(target onewindow onewindow-cli)
    qt_generate_deploy_app_script(TARGET ${target}
        OUTPUT_SCRIPT deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_script})
endforeach()

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME OneWindow)
set(CPACK_PACKAGE_VENDOR "OneWindow contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY OneWindow)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "OneWindow (一窗通) comprehensive counter")
set(CPACK_NSIS_DISPLAY_NAME "OneWindow 一窗通")
set(CPACK_NSIS_PACKAGE_NAME "OneWindow")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\onewindow.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# One shortcut in the start menu; the provisioning file goes to
# %ProgramData%\OneWindow\counter.conf (ProvisioningFile::defaultPath()).
set(CPACK_PACKAGE_EXECUTABLES onewindow "OneWindow 一窗通")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "CreateDirectory \\\"$COMMONAPPDATA\\\\OneWindow\\\"")
include(CPack)
