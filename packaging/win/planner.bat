@echo off
rem Portable Village Cluster Planner: runs from this folder (a USB stick is fine); nothing is installed.
rem No arguments: the desktop app (javaw, no console window). Any command: runs in this console, e.g.
rem   planner.bat info samples\longshan.gpkg
rem Arguments and file names are decoded in the system code page (GBK on a Chinese Windows), as Java does by default.
rem OPTS are the installed launcher's options (packaging/jpackage.sh writes them in): AOT cache, JIT and GC, natives.
setlocal
set "HERE=%~dp0"
set OPTS=@OPTS@
if "%~1"=="" (
  start "" "%HERE%runtime\bin\javaw.exe" %OPTS% -cp "%HERE%app\planner.jar" org.villageplanner.Main
) else (
  "%HERE%runtime\bin\java.exe" %OPTS% -cp "%HERE%app\planner.jar" org.villageplanner.Main %*
)
